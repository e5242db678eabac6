package org.ccbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionChanges;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.internal.LargeKpiWorld;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark service on data far beyond the demo's 45 organisations (issue 13 §3): 3,000 client organisations in
 * every sector and size band with about 3,900 units, a quarter of approved months and a share of every unit-month's
 * inputs missing, so each KPI has organisations without a value. Every KPI answers in every peer scope, and the
 * figures equal a recomputation from the generated inputs that does not go through the peer table.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkServiceAtScaleTest {

    static final Logger log = LoggerFactory.getLogger(BenchmarkServiceAtScaleTest.class);
    static final int ORGANISATIONS = 3_000;
    static final YearMonth LAST = TestClock.THIS_MONTH.minusMonths(1);
    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(LAST);
    static final List<YearMonth> MONTHS = QUARTER.months();

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KpiCatalogues catalogues;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    EditionService editions;

    LargeKpiWorld world;
    LargeKpiWorld.Unit subject;
    SignedInUser manager;

    @BeforeAll
    void largeWorld() {
        data.clear();
        long started = System.nanoTime();
        world = transaction.execute(status -> LargeKpiWorld.generate(dsl, catalogues.current(), 20261204L,
                ORGANISATIONS, 60, MONTHS));
        log.info("Generated {} organisations, {} units, {} approved months in {} ms", ORGANISATIONS,
                world.units().size(), world.units().size() * MONTHS.size(), (System.nanoTime() - started) / 1_000_000);
        subject = world.units().stream().filter(unit -> !unit.inHouse() && unit.channels().size() == 5).findFirst()
                .orElseThrow();
        manager = data.user("sourcing@large.example", "Large sourcing", subject.organisationId(),
                Role.SOURCING_MANAGER);
    }

    @Test
    void everyKpiAnswersForTheQuarterAndAMonthInEveryPeerScope() {
        List<String> labels = as(() -> benchmarks.kpiLabels());
        long started = System.nanoTime();
        int withPeers = 0;
        for (String label : labels) {
            BenchmarkFigure figure = as(() -> benchmarks.compare(subject.id(), label, QUARTER));
            assertThat(figure.coversPeriod()).as(label).isTrue();
            if (!figure.insufficientPeers()) {
                withPeers++;
                assertThat(figure.n()).as(label).isBetween(5, ORGANISATIONS);
            }
        }
        log.info("{} KPIs for a quarter in {} ms", labels.size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(withPeers).as("KPIs of the subject's with peers").isGreaterThan(labels.size() * 3 / 4);
        for (String label : List.of("SL[phone]", "CSAT", "CPC", "WRT[email]", "VMX[eliminate]")) {
            for (PeerScope scope : PeerScope.values()) {
                assertThatCode(() -> as(() -> benchmarks.compare(subject.id(), label, BenchmarkPeriod.month(LAST),
                        scope))).as("%s in %s", label, scope).doesNotThrowAnyException();
            }
        }
    }

    /**
     * Issue 17: publishing the last ended month (the quarter is still running on the test clock) freezes all its
     * unit-months in one transaction, and the edition's figures equal the live ones at that moment; a restatement with
     * nothing changed lists no changes. The times are logged for the README, not asserted.
     */
    @Test
    void anEditionOfTheLastMonthGivesTheLiveFiguresOfItsMomentAndARestatementWithoutChangesListsNone() {
        BenchmarkPeriod month = BenchmarkPeriod.month(LAST);
        SignedInUser admin = data.user("admin@large.example", "Large admin", null, Role.ADMIN);
        long started = System.nanoTime();
        Edition first = SignIn.as(admin, () -> editions.publish(month, editions.preview(month).nextNumber(), null));
        long publishMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Edition second = SignIn.as(admin, () -> editions.publish(month, first.number() + 1, null));
        long restateMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        EditionChanges changes = SignIn.as(admin, () -> editions.changes(second.id()));
        long changesMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        List<BenchmarkFigure> frozen = new ArrayList<>();
        for (String label : List.of("SL[phone]", "CSAT", "CPC", "AHT[phone]")) {
            frozen.add(as(() -> benchmarks.compare(subject.id(), label, month, PeerScope.AUTOMATIC,
                    EditionChoice.edition(first.id()))));
        }
        long readMs = (System.nanoTime() - started) / 1_000_000;
        log.info("Edition {}: {} unit-months of {} units published in {} ms; restated in {} ms; its changes in {} ms;"
                + " four figures read from it in {} ms (first read thaws the edition)", first.code(),
                first.unitMonths(), first.units(), publishMs, restateMs, changesMs, readMs);

        assertThat(first.unitMonths()).isEqualTo(world.units().size());
        assertThat(first.organisations()).isEqualTo(ORGANISATIONS);
        assertThat(second.dataVersion()).isEqualTo(first.dataVersion());
        assertThat(changes.cells()).isEmpty();
        assertThat(changes.reasons()).isEmpty();
        assertThat(frozen).extracting(BenchmarkFigure::kpi).containsExactly("SL[phone]", "CSAT", "CPC", "AHT[phone]");
        for (BenchmarkFigure figure : frozen) {
            assertThat(figure).as(figure.kpi()).isEqualTo(as(() -> benchmarks.compare(subject.id(), figure.kpi(),
                    month)));
        }
    }

    @Test
    void peerFiguresEqualARecomputationFromTheGeneratedInputs() {
        for (String label : List.of("AHT[phone]", "SL[phone]", "CPC", "ABN[chat]")) {
            BenchmarkFigure figure = as(() -> benchmarks.compare(subject.id(), label, QUARTER));
            assertThat(figure.insufficientPeers()).as(label).isFalse();
            Kpi kpi = Kpi.ofCode(label.replaceAll("\\[.*", ""));
            Channel channel = label.contains("[") ? Channel.ofCode(label.replaceAll(".*\\[|]", "")) : null;
            List<Rational> values = recomputed(kpi, channel, figure.peerCell());
            long organisationsInCell = organisationsIn(figure.peerCell(), channel);

            assertThat(figure.n()).as("%s n in %s", label, figure.peerCell()).isEqualTo(values.size());
            assertThat(values.size()).as("%s: organisations without a value are left out", label)
                    .isLessThan((int) organisationsInCell);
            assertThat(figure.median()).as("%s median", label).isEqualByComparingTo(
                    Display.round(Type7Percentile.ofSorted(values, Type7Percentile.MEDIAN), kpi.displayDecimals()));
            assertThat(figure.p25()).as("%s P25", label).isEqualByComparingTo(
                    Display.round(Type7Percentile.ofSorted(values, Type7Percentile.P25), kpi.displayDecimals()));
        }
    }

    @Test
    void inHouseAgainstOutsourcedCoversEveryKpi() {
        long started = System.nanoTime();
        List<SourcingComparison> comparisons = as(() -> benchmarks.inHouseVersusOutsourced(QUARTER));
        log.info("In-house against outsourced for {} KPIs in {} ms", comparisons.size(),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(comparisons).hasSameSizeAs(as(() -> benchmarks.kpiLabels()));
        SourcingComparison aht = comparisons.stream().filter(found -> found.kpi().equals("AHT[phone]")).findFirst()
                .orElseThrow();
        assertThat(aht.inHouse().shown()).isTrue();
        assertThat(aht.outsourced().shown()).isTrue();
        assertThat(aht.inHouse().n()).isEqualTo(recomputed(Kpi.AHT, Channel.PHONE,
                new BenchmarkFigure.PeerCellCodes("in_house", "all", "all")).size());
        assertThat(aht.outsourced().n()).isEqualTo(recomputed(Kpi.AHT, Channel.PHONE,
                new BenchmarkFigure.PeerCellCodes("outsourced", "all", "all")).size());
    }

    @Test
    void everyKpiPoolsItsVendorsAndTheValueMatrixAnswers() {
        for (String label : as(() -> benchmarks.kpiLabels())) {
            assertThatCode(() -> as(() -> benchmarks.pooledVendors(label, QUARTER))).as(label)
                    .doesNotThrowAnyException();
        }
        assertThat(as(() -> benchmarks.pooledVendors("CPC", QUARTER))).as("60 vendors, ~30 clients each")
                .hasSizeGreaterThan(40);
        assertThat(as(() -> benchmarks.valueMatrix(subject.id(), QUARTER)).quadrants()).hasSize(4);
    }

    /**
     * Each organisation's value in the cell, recomputed the plain way: its units there (serving the channel) summed
     * over the quarter, at the subject's peer key, inside the valid range; sorted.
     */
    private List<Rational> recomputed(Kpi kpi, Channel channel, BenchmarkFigure.PeerCellCodes cell) {
        Map<Long, List<RawInputs>> byOrganisation = new HashMap<>();
        for (LargeKpiWorld.Unit unit : world.units()) {
            if (!inCell(unit, cell) || channel != null && !unit.channels().contains(channel.code())) {
                continue;
            }
            List<ApprovedMonth> months = approvedMonths(unit);
            if (kpi == Kpi.SL && months.getFirst().kpiParameters().thresholdSeconds()
                    != approvedMonths(subject).getFirst().kpiParameters().thresholdSeconds()) {
                continue;
            }
            months.forEach(month -> byOrganisation.computeIfAbsent(unit.organisationId(), id -> new ArrayList<>())
                    .add(month.rawInputs()));
        }
        List<Rational> values = new ArrayList<>();
        var parameters = approvedMonths(subject).getFirst().kpiParameters().forBenchmark();
        byOrganisation.forEach((organisation, parts) -> {
            DerivedKpi value = KpiDerivation.derive(kpi, channel, RawInputs.sum(parts), parameters);
            if (value.hasValue() && kpi.validRange().contains(value.value())) {
                values.add(value.value());
            }
        });
        values.sort(Comparator.naturalOrder());
        return values;
    }

    private long organisationsIn(BenchmarkFigure.PeerCellCodes cell, Channel channel) {
        return world.units().stream().filter(unit -> inCell(unit, cell))
                .filter(unit -> channel == null || unit.channels().contains(channel.code()))
                .map(LargeKpiWorld.Unit::organisationId).distinct().count();
    }

    private static boolean inCell(LargeKpiWorld.Unit unit, BenchmarkFigure.PeerCellCodes cell) {
        String sourcing = unit.inHouse() ? "in_house" : "outsourced";
        return (cell.sourcing().equals("all") || cell.sourcing().equals(sourcing))
                && (cell.sector().equals("all") || cell.sector().equals(unit.sector().toLowerCase(Locale.ROOT)))
                && (cell.size().equals("all") || cell.size().equals(SizeBand.of(unit.agentFte()).name()));
    }

    private static List<ApprovedMonth> approvedMonths(LargeKpiWorld.Unit unit) {
        return unit.inputs().entrySet().stream().map(entry -> new ApprovedMonth(unit.id(), unit.organisationId(),
                unit.inHouse(), unit.vendorId(), unit.sector(), unit.agentFte(), unit.channels(), entry.getKey(), 0,
                entry.getValue(), unit.parameters())).toList();
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as(manager, action);
    }
}
