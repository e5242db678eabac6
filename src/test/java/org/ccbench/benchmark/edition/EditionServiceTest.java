package org.ccbench.benchmark.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.BENCHMARK_EDITION;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ValidationException;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.edition.EditionChanges.Kind;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Publishing benchmark editions (issue 17 §3): frozen figures that later approvals, corrections and exclusions do not
 * move, restated editions with what changed, one edition per number also when two administrators publish at once.
 */
@DemoPortalTest
class EditionServiceTest {

    static final String ADMIN = "admin@ccbench.example";
    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String DELTA = "vendor@callcenter-delta.example";
    /** The last ended quarter: TestClock is in March 2026, so 2025-Q4. */
    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));
    static final YearMonth OCTOBER = QUARTER.first();
    static final YearMonth NOVEMBER = QUARTER.first().plusMonths(1);
    static final YearMonth DECEMBER = QUARTER.last();

    @Autowired
    EditionService editions;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    void anEditionsFiguresStayPutWhileLateApprovalsCorrectionsAndExclusionsMoveTheLiveOnes() {
        KpiTables.awaitingApproval(dsl, zwolle, DECEMBER);
        Edition edition = as(ADMIN, () -> editions.publish(QUARTER, 1, null));
        EditionChoice frozen = EditionChoice.edition(edition.id());
        BenchmarkFigure quarterThen = figure("CPC", QUARTER, frozen);
        BenchmarkFigure novemberThen = figure("CPC", BenchmarkPeriod.month(NOVEMBER), frozen);
        BenchmarkFigure octoberThen = figure("CSAT", BenchmarkPeriod.month(OCTOBER), frozen);
        assertThat(novemberThen).as("at publication the edition is the live figure")
                .isEqualTo(figure("CPC", BenchmarkPeriod.month(NOVEMBER), EditionChoice.LIVE));
        assertThat(octoberThen).isEqualTo(figure("CSAT", BenchmarkPeriod.month(OCTOBER), EditionChoice.LIVE));
        assertThat(quarterThen.coversPeriod()).as("December was not approved when it was published").isFalse();

        approveLate(zwolle, DECEMBER);
        correctCost(zwolle, NOVEMBER);
        as(ADMIN, () -> exclusions.exclude(zwolle, OCTOBER, Kpi.CSAT, "Broken survey sample"));

        assertThat(figure("CPC", QUARTER, frozen)).isEqualTo(quarterThen);
        assertThat(figure("CPC", BenchmarkPeriod.month(NOVEMBER), frozen)).isEqualTo(novemberThen);
        assertThat(figure("CSAT", BenchmarkPeriod.month(OCTOBER), frozen)).isEqualTo(octoberThen);
        assertThat(figure("CPC", QUARTER, EditionChoice.LIVE).coversPeriod()).as("live: approved since").isTrue();
        assertThat(figure("CPC", BenchmarkPeriod.month(NOVEMBER), EditionChoice.LIVE).ownValue())
                .as("live: corrected").isNotEqualByComparingTo(novemberThen.ownValue());
        assertThat(figure("CSAT", BenchmarkPeriod.month(OCTOBER), EditionChoice.LIVE).coversPeriod())
                .as("live: excluded").isFalse();
        assertThat(edition).extracting(Edition::number, Edition::restated, Edition::scoringMethod)
                .containsExactly(1, false, "ccbench.scoring/1");
        assertThat(edition.catalogueVersion()).startsWith("ccbench-core@1.");
        assertThat(edition.dataVersion()).hasSize(64);
        assertThat(auditLog.of(EditionService.SUBJECT, edition.id())).extracting(AuditEvent::action)
                .containsExactly("BENCHMARK_EDITION_PUBLISHED");
    }

    @Test
    void aRestatedEditionListsWhatChangedAsCountsAndOnlyTheAdministratorSeesWhichUnitMonths() {
        KpiTables.awaitingApproval(dsl, zwolle, DECEMBER);
        Edition first = as(ADMIN, () -> editions.publish(QUARTER, 1, null));
        approveLate(zwolle, DECEMBER);
        correctCost(zwolle, NOVEMBER);
        as(ADMIN, () -> exclusions.exclude(zwolle, OCTOBER, Kpi.CSAT, "Broken survey sample"));
        assertThat(as(ADMIN, () -> editions.preview(QUARTER)).nextNumber()).isEqualTo(2);

        Edition second = as(ADMIN, () -> editions.publish(QUARTER, 2, "Late approval and a corrected invoice"));
        EditionChanges forMember = as(SANNE, () -> editions.changes(second.id()));
        EditionChanges forAdmin = as(ADMIN, () -> editions.changes(second.id()));

        assertThat(second.restated()).isTrue();
        assertThat(second.note()).isEqualTo("Late approval and a corrected invoice");
        assertThat(second.dataVersion()).isNotEqualTo(first.dataVersion());
        assertThat(forMember.previous()).isEqualTo(first);
        assertThat(forMember.reasons()).extracting(EditionChanges.ReasonCount::kind,
                EditionChanges.ReasonCount::count).containsExactly(tuple(Kind.APPROVED_SINCE, 1),
                tuple(Kind.CORRECTED, 1), tuple(Kind.EXCLUDED, 1));
        assertThat(forMember.details()).as("a member never learns whose months changed").isEmpty();
        assertThat(forAdmin.details()).extracting(EditionChanges.ReasonDetail::kind,
                EditionChanges.ReasonDetail::month, EditionChanges.ReasonDetail::kpi).containsExactly(
                tuple(Kind.APPROVED_SINCE, DECEMBER, null), tuple(Kind.CORRECTED, NOVEMBER, null),
                tuple(Kind.EXCLUDED, OCTOBER, "CSAT"));
        assertThat(forAdmin.details()).allSatisfy(detail -> assertThat(detail.unitLabel())
                .startsWith("Zwolle telefonie"));
        assertThat(forMember.cells()).as("only cells whose shown figures moved").isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.before()).isNotEqualTo(cell.after()));
        assertThat(forMember.cells()).as("the late December joins the quarter's service-level peers")
                .anySatisfy(cell -> {
                    assertThat(cell.kpiLabel()).isEqualTo("SL[phone]");
                    assertThat(cell.after().n()).isEqualTo(cell.before().n() + 1);
                });
        assertThat(forMember.cells()).as("every cell shown meets A1 in the edition that shows it")
                .allSatisfy(cell -> {
                    assertThat(cell.before() == null || cell.before().n() >= 5).isTrue();
                    assertThat(cell.after() == null || cell.after().n() >= 5).isTrue();
                });
        assertThat(as(SANNE, () -> editions.changes(first.id())).cells()).as("edition 1 restates nothing").isEmpty();
        Map<String, SourcingComparison> pageBefore = sourcingPage(first);
        Map<String, SourcingComparison> pageAfter = sourcingPage(second);
        List<EditionChanges.CellChange> onThePage = forMember.cells().stream()
                .filter(cell -> cell.sector().equals("all") && cell.size().equals("all"))
                .filter(cell -> !cell.kpiLabel().startsWith("SL") || cell.definition().get("threshold_seconds")
                        .intValue() == 20).toList();
        assertThat(onThePage).as("changes of cells the in-house/outsourced page also shows").isNotEmpty();
        assertThat(onThePage).as("each side exactly as that edition's page shows or hides it, so nothing hidden "
                + "can be read or subtracted from here").allSatisfy(cell -> {
                    assertThat(cell.before()).isEqualTo(side(pageBefore.get(cell.kpiLabel()), cell.sourcing()));
                    assertThat(cell.after()).isEqualTo(side(pageAfter.get(cell.kpiLabel()), cell.sourcing()));
                });
    }

    @Test
    void twoAdministratorsPublishingTheSamePeriodAtOnceGetOneEditionOneAndAClearRefusal() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                together.await();
                try {
                    return as(ADMIN, () -> editions.publish(QUARTER, 1, null));
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(Edition.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(EditionPublishedMeanwhileException.class::isInstance).hasSize(1);
        assertThat(dsl.fetchCount(BENCHMARK_EDITION)).isEqualTo(1);
        assertThatThrownBy(() -> as(ADMIN, () -> editions.publish(QUARTER, 1, null)))
                .as("confirmed edition 1, but it exists now").isInstanceOf(EditionPublishedMeanwhileException.class);
    }

    @Test
    void onlyTheAdministratorPublishesAnEndedPeriodWithApprovedMonths() {
        assertThatThrownBy(() -> as(SANNE, () -> editions.publish(QUARTER, 1, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(DELTA, () -> editions.preview(QUARTER)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> editions.publish(BenchmarkPeriod.quarter(TestClock.THIS_MONTH), 1,
                null))).isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                .extracting(FieldError::messageKey).contains("benchmark.edition.periodNotEnded"));
        assertThatThrownBy(() -> as(ADMIN, () -> editions.publish(BenchmarkPeriod.year(2019), 1, null)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).containsExactly("benchmark.edition.nothingApproved"));
        assertThat(dsl.fetchCount(BENCHMARK_EDITION)).isZero();
    }

    @Test
    void theLatestEditionCoveringAPeriodIsItsDefaultAndAnEditionServesOnlyItsOwnMonths() {
        PublicationPreview preview = as(ADMIN, () -> editions.preview(QUARTER));
        long started = System.nanoTime();
        Edition quarter = as(ADMIN, () -> editions.publish(QUARTER, 1, null));
        long quarterMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Edition year = as(ADMIN, () -> editions.publish(BenchmarkPeriod.year(2025), 1, null));
        LoggerFactory.getLogger(EditionServiceTest.class).info("Demo: {} ({} unit-months) published in {} ms, {} ({} "
                + "unit-months) in {} ms", quarter.code(), quarter.unitMonths(), quarterMs, year.code(),
                year.unitMonths(), (System.nanoTime() - started) / 1_000_000);

        assertThat(preview).extracting(PublicationPreview::nextNumber, PublicationPreview::unitMonths)
                .containsExactly(1, quarter.unitMonths());
        assertThat(quarter.units()).isPositive();
        assertThat(as(SANNE, () -> editions.published())).containsExactly(year, quarter);
        assertThat(as(SANNE, () -> editions.latestCovering(BenchmarkPeriod.month(NOVEMBER)))).contains(year);
        assertThat(as(SANNE, () -> editions.covering(QUARTER))).containsExactly(year, quarter);
        assertThat(as(SANNE, () -> editions.latestCovering(BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(1)))))
                .isEmpty();
        assertThatThrownBy(() -> figure("CPC", BenchmarkPeriod.year(2025), EditionChoice.edition(quarter.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figure("CPC", QUARTER, EditionChoice.edition(-1)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private Map<String, SourcingComparison> sourcingPage(Edition edition) {
        return as(SANNE, () -> benchmarks.inHouseVersusOutsourced(QUARTER, EditionChoice.edition(edition.id())))
                .stream().collect(java.util.stream.Collectors.toMap(SourcingComparison::kpi, row -> row));
    }

    private static EditionChanges.CellFigures side(SourcingComparison row, String sourcing) {
        SourcingComparison.Side side = switch (sourcing) {
            case "in_house" -> row.inHouse();
            case "outsourced" -> row.outsourced();
            default -> row.all();
        };
        if (side.noSpread()) {
            return new EditionChanges.CellFigures(side.n(), null, null, null);
        }
        return side.shown() ? new EditionChanges.CellFigures(side.n(), side.p25(), side.median(), side.p75()) : null;
    }

    private BenchmarkFigure figure(String kpi, BenchmarkPeriod period, EditionChoice choice) {
        return as(SANNE, () -> benchmarks.compare(zwolle, kpi, period, PeerScope.AUTOMATIC, choice));
    }

    private void approveLate(long unitId, YearMonth month) {
        Submission waiting = as(SANNE, () -> submissions.find(unitId, month)).orElseThrow();
        as(SANNE, () -> submissions.approve(unitId, month, waiting.version()));
    }

    /** The vendor corrects the month's total cost by 10 %, and the client approves the correction. */
    private void correctCost(long unitId, YearMonth month) {
        Submission correction = as(DELTA, () -> submissions.requestCorrection(unitId, month,
                "Cost included a one-off item"));
        Map<InputKey, BigDecimal> values = new HashMap<>(correction.latest().values());
        values.put(InputKey.of("total_cost"), values.get(InputKey.of("total_cost")).multiply(new BigDecimal("1.1")));
        as(DELTA, () -> submissions.saveDraft(unitId, month, values));
        Submission submitted = as(DELTA, () -> submissions.submit(unitId, month, "Corrected invoice"));
        as(SANNE, () -> submissions.approve(unitId, month, submitted.version()));
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
