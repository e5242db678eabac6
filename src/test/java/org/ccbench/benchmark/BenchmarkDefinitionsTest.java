package org.ccbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.BENCHMARK_EXCLUSION;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.KPI_DEFINITION;
import static org.ccbench.db.Tables.KPI_REOPENING;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.KpiDefinitionDraft;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.LockedMonthService;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.organisation.InHouseOperationData;
import org.ccbench.organisation.InHouseOperationService;
import org.ccbench.organisation.Sector;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Like with like (issue 13 §7, SCORING.md §2.2): a unit whose center manager sets a 30-second service-level threshold
 * on the KPI definitions page is compared only with the demo's 30-s units, and a period over a change of definition
 * has no service level to compare. The unit is a new in-house operation of Noordzee Energie, submitted and approved
 * through the services like any other.
 */
@DemoPortalTest
class BenchmarkDefinitionsTest {

    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String CHRIS = "center@noordzee-energie.example";
    static final String ADMIN = "admin@ccbench.example";
    static final YearMonth JANUARY = TestClock.THIS_MONTH.minusMonths(2);

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    KpiDefinitionService definitions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    LockedMonthService lockedMonths;

    @Autowired
    ContactCenterService centers;

    @Autowired
    InHouseOperationService operations;

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    long unit;

    @BeforeEach
    void demoMonthsAndANewInHouseOperation() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(BENCHMARK_EXCLUSION).execute();
        BenchmarkStamps.everythingChanged(dsl);
        long center = as(CHRIS, () -> centers.create(new ContactCenterData("Klantenservice Benchmarktest",
                Sector.ENERGY_UTILITIES, BigDecimal.valueOf(60), EnumSet.of(Channel.PHONE), CenterStatus.ACTIVE)));
        unit = as(CHRIS, () -> operations.create(new InHouseOperationData("Benchmarktest in-house", center,
                EnumSet.of(Channel.PHONE), LocalDate.of(2025, 10, 1), null, UnitStatus.ACTIVE)));
    }

    @AfterEach
    void removeTheNewOperation() {
        List<Long> ids = dsl.select(KPI_SUBMISSION.ID).from(KPI_SUBMISSION).where(KPI_SUBMISSION.UNIT_ID.eq(unit))
                .fetch(KPI_SUBMISSION.ID);
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, DSL.castNull(Long.class))
                .where(KPI_SUBMISSION.ID.in(ids)).execute();
        dsl.deleteFrom(KPI_REVISION).where(KPI_REVISION.SUBMISSION_ID.in(ids)).execute();
        dsl.deleteFrom(KPI_SUBMISSION).where(KPI_SUBMISSION.ID.in(ids)).execute();
        dsl.deleteFrom(KPI_DEFINITION).where(KPI_DEFINITION.UNIT_ID.eq(unit)).execute();
        dsl.deleteFrom(KPI_REOPENING).where(KPI_REOPENING.UNIT_ID.eq(unit)).execute();
        Long center = dsl.select(REPORTING_UNIT.CONTACT_CENTER_ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.ID.eq(unit)).fetchOne(REPORTING_UNIT.CONTACT_CENTER_ID);
        dsl.deleteFrom(REPORTING_UNIT).where(REPORTING_UNIT.ID.eq(unit)).execute();
        dsl.deleteFrom(CONTACT_CENTER).where(CONTACT_CENTER.ID.eq(center)).execute();
        BenchmarkStamps.everythingChanged(dsl);
    }

    @Test
    void aUnitMeasuredWithA30SecondThresholdIsComparedOnlyWith30SecondPeers() {
        as(CHRIS, () -> definitions.save(unit, KpiDefinitionDraft.of(JANUARY,
                KpiParameters.DEFAULTS.withThresholdSeconds(30)), "Our SLA counts answers within 30 seconds", 0));
        approve(JANUARY);

        BenchmarkFigure figure = as(CHRIS, () -> benchmarks.compare(unit, "SL[phone]", BenchmarkPeriod.month(JANUARY),
                PeerScope.EVERYONE));
        BenchmarkFigure csat = as(CHRIS, () -> benchmarks.compare(unit, "CSAT", BenchmarkPeriod.month(JANUARY),
                PeerScope.EVERYONE));

        long thirtySecondOrganisations = organisationsWithPhone(month -> month.kpiParameters().thresholdSeconds() == 30);
        assertThat(thirtySecondOrganisations).as("Noordzee (Zwolle telefonie and this unit) and the demo's five")
                .isEqualTo(6);
        assertThat(figure.definition()).isEqualTo(Map.of("threshold_seconds", BigDecimal.valueOf(30)));
        assertThat(figure.insufficientPeers()).isFalse();
        assertThat(figure.n()).isEqualTo((int) thirtySecondOrganisations);
        assertThat(csat.n()).as("CSAT has no threshold: every organisation is a peer")
                .isEqualTo((int) organisationsWithPhone(month -> true));
        assertThat(csat.definition()).isEmpty();

        long twentySecondOrganisations = organisationsWithPhone(month -> month.kpiParameters().thresholdSeconds() == 20);
        BenchmarkFigure twenty = as(SANNE, () -> benchmarks.compare(KpiTables.unitId(dsl, "Zwolle in-house"),
                "SL[phone]", BenchmarkPeriod.month(JANUARY), PeerScope.EVERYONE));
        assertThat(twenty.definition()).isEqualTo(Map.of("threshold_seconds", BigDecimal.valueOf(20)));
        assertThat(twenty.n()).as("the 20-s peers: Noordzee's in-house operation keeps the default")
                .isEqualTo((int) twentySecondOrganisations)
                .isLessThan((int) organisationsWithPhone(month -> true));
    }

    @Test
    void aPeriodOverAChangeOfThresholdHasNoServiceLevelToCompareButEachMonthHas() {
        YearMonth october = YearMonth.of(2025, 10);
        as(CHRIS, () -> definitions.save(unit, KpiDefinitionDraft.of(october,
                KpiParameters.DEFAULTS.withThresholdSeconds(30)), "SLA at 30 s", 0));
        as(CHRIS, () -> definitions.save(unit, KpiDefinitionDraft.of(october.plusMonths(2), KpiParameters.DEFAULTS),
                "Back to the benchmark's 20 s", 1));
        for (YearMonth month = october; !month.isAfter(october.plusMonths(2)); month = month.plusMonths(1)) {
            YearMonth reopened = month;
            as(ADMIN, () -> lockedMonths.reopen(unit, reopened, TestClock.TODAY, "Backfill"));
            approve(month);
        }

        BenchmarkFigure quarter = as(CHRIS, () -> benchmarks.compare(unit, "SL[phone]",
                BenchmarkPeriod.quarter(october)));
        BenchmarkFigure csatQuarter = as(CHRIS, () -> benchmarks.compare(unit, "CSAT",
                BenchmarkPeriod.quarter(october)));
        BenchmarkFigure december = as(CHRIS, () -> benchmarks.compare(unit, "SL[phone]",
                BenchmarkPeriod.month(october.plusMonths(2))));

        assertThat(quarter.definitionChanged()).isTrue();
        assertThat(quarter.ownValue()).isNull();
        assertThat(quarter.n()).isNull();
        assertThat(csatQuarter.definitionChanged()).isFalse();
        assertThat(csatQuarter.ownValue()).isNotNull();
        assertThat(december.definitionChanged()).isFalse();
        assertThat(december.ownValue()).isNotNull();
        assertThat(december.definition()).isEqualTo(Map.of("threshold_seconds", BigDecimal.valueOf(20)));
    }

    private void approve(YearMonth month) {
        as(CHRIS, () -> submissions.saveDraft(unit, month, KpiMonths.forChannels(Set.of("phone"))));
        Submission submitted = as(CHRIS, () -> submissions.submit(unit, month, null));
        as(SANNE, () -> submissions.approve(unit, month, submitted.version()));
    }

    /** The organisations with an approved January of a phone unit that passes {@code filter}. */
    private long organisationsWithPhone(Predicate<ApprovedMonth> filter) {
        return approvedMonths.between(JANUARY, JANUARY).stream()
                .filter(month -> month.channels().contains("phone") && filter.test(month))
                .map(ApprovedMonth::organisationId).distinct().count();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
