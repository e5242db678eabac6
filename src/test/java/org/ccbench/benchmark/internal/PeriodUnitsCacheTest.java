package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.ExclusionService;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: a period's units are read once and kept while the data they came from stays the same; an approval or
 * reopening, an exclusion or a changed center size is seen at the next call, because the key is read from the
 * database each time (so also when another node made the change).
 */
@DemoPortalTest
class PeriodUnitsCacheTest {

    static final BenchmarkPeriod MONTH = BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(3));

    @Autowired
    PeriodUnitsCache cache;

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    ExclusionRepository exclusionRows;

    @Autowired
    ExclusionService exclusions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    ContactCenterRepository centers;

    @Autowired
    SubmissionService submissions;

    @Autowired
    TransactionTemplate transaction;

    PeerData live;
    long zwolle;
    Long changedCenter;
    BigDecimal changedCenterFte;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        live = PeerData.live(approvedMonths::between, exclusionRows::excludedFor);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    /** The demo's months, exclusions and center sizes as the other tests expect them. */
    @AfterEach
    void demoAsItWas() throws Exception {
        if (changedCenter != null) {
            dsl.update(CONTACT_CENTER).set(CONTACT_CENTER.AGENT_FTE, changedCenterFte)
                    .set(CONTACT_CENTER.VERSION, CONTACT_CENTER.VERSION.plus(1))
                    .where(CONTACT_CENTER.ID.eq(changedCenter)).execute();
            BenchmarkStamps.everythingChanged(dsl);
        }
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    void theSamePeriodIsReadOnceWhileNothingChanges() {
        PeriodUnits first = units();

        assertThat(units()).isSameAs(first);
        assertThat(first.forKpi(Kpi.CSAT)).containsKey(zwolle);
        assertThat(units(BenchmarkPeriod.month(MONTH.first().minusMonths(1)))).isNotSameAs(first);
    }

    @Test
    void aMonthNoLongerApprovedIsSeenAtTheNextCall() {
        PeriodUnits before = units();

        KpiTables.awaitingApproval(dsl, zwolle, MONTH.first());

        PeriodUnits after = units();
        assertThat(after).isNotSameAs(before);
        assertThat(after.forKpi(Kpi.CSAT)).doesNotContainKey(zwolle);
        assertThat(before.forKpi(Kpi.CSAT)).containsKey(zwolle);
    }

    @Test
    void aTrendsMonthsAreKeptUntilOneOfThemChanges() {
        YearMonth last = MONTH.first().plusMonths(1);
        Map<YearMonth, PeriodUnits> before = cache.monthByMonth(last.minusMonths(11), last, live);
        assertThat(before).hasSize(12).containsKey(MONTH.first());
        assertThat(cache.monthByMonth(last.minusMonths(11), last, live)).isSameAs(before);

        KpiTables.awaitingApproval(dsl, zwolle, MONTH.first());

        Map<YearMonth, PeriodUnits> after = cache.monthByMonth(last.minusMonths(11), last, live);
        assertThat(after).isNotSameAs(before);
        assertThat(after.get(MONTH.first()).forKpi(Kpi.CSAT)).doesNotContainKey(zwolle);
        assertThat(after.get(last).forKpi(Kpi.CSAT)).containsKey(zwolle);
    }

    @Test
    void anApprovalGivesItsMonthANewKeyAndLeavesTheOtherMonthsKept() {
        YearMonth last = MONTH.first().plusMonths(1);
        KpiTables.awaitingApproval(dsl, zwolle, MONTH.first());
        Map<YearMonth, PeriodUnits> before = cache.monthByMonth(last.minusMonths(11), last, live);
        assertThat(before.get(MONTH.first()).forKpi(Kpi.CSAT)).doesNotContainKey(zwolle);

        SignedInUser sourcing = (SignedInUser) userDetails.loadUserByUsername("sourcing@noordzee-energie.example");
        Submission waiting = SignIn.as(sourcing, () -> submissions.find(zwolle, MONTH.first())).orElseThrow();
        SignIn.as(sourcing, () -> submissions.approve(zwolle, MONTH.first(), waiting.version()));

        Map<YearMonth, PeriodUnits> after = cache.monthByMonth(last.minusMonths(11), last, live);
        assertThat(after.get(MONTH.first()).forKpi(Kpi.CSAT)).containsKey(zwolle);
        assertThat(after.get(last)).as("a month the approval is not in").isSameAs(before.get(last));
        assertThat(after.get(MONTH.first().minusMonths(1))).isSameAs(before.get(MONTH.first().minusMonths(1)));
    }

    @Test
    void anExclusionIsSeenAtTheNextCall() {
        PeriodUnits before = units();

        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> exclusions.exclude(zwolle, MONTH.first(), Kpi.CSAT, "Broken survey sample"));

        PeriodUnits after = units();
        assertThat(after).isNotSameAs(before);
        assertThat(after.forKpi(Kpi.CSAT)).doesNotContainKey(zwolle);
        assertThat(after.forKpi(Kpi.AHT)).as("excluded for CSAT only").containsKey(zwolle);
    }

    @Test
    void aCenterThatChangedSizeIsSeenAtTheNextCall() {
        PeriodUnits before = units();
        assertThat(before.forKpi(Kpi.CSAT).get(zwolle).size()).isNotEqualTo(SizeBand.XS);
        changedCenter = dsl.select(REPORTING_UNIT.CONTACT_CENTER_ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.ID.eq(zwolle)).fetchSingle().value1();
        changedCenterFte = dsl.select(CONTACT_CENTER.AGENT_FTE).from(CONTACT_CENTER)
                .where(CONTACT_CENTER.ID.eq(changedCenter)).fetchSingle().value1();

        long organisation = dsl.select(CONTACT_CENTER.ORGANISATION_ID).from(CONTACT_CENTER)
                .where(CONTACT_CENTER.ID.eq(changedCenter)).fetchSingle().value1();
        ContactCenter center = centers.findInOrganisation(changedCenter, organisation).orElseThrow();
        transaction.executeWithoutResult(status -> centers.update(center.id(), organisation, center.version(),
                new ContactCenterData(center.name(), center.sector(), BigDecimal.valueOf(3), center.channels(),
                        center.status()), "test"));

        assertThat(units().forKpi(Kpi.CSAT).get(zwolle).size()).isEqualTo(SizeBand.XS);
    }

    private PeriodUnits units() {
        return units(MONTH);
    }

    private PeriodUnits units(BenchmarkPeriod period) {
        return cache.units(period, EditionChoice.LIVE, live);
    }
}
