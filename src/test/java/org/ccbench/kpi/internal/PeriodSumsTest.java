package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_PERIOD_SUM;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.ApprovedPeriod;
import org.ccbench.kpi.KpiTables;
import org.ccbench.scoring.kpi.InputKey;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

/**
 * Issue 18: a period's stored sums are exactly the approved months summed, and a sum that no longer matches the months
 * — a correction approved, a unit's channels changed, a row written by an older layout — is summed again when read.
 */
@DemoPortalTest
class PeriodSumsTest {

    static final YearMonth FIRST = TestClock.THIS_MONTH.minusMonths(6);
    static final YearMonth LAST = FIRST.plusMonths(2);

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    PeriodSums periodSums;

    @Autowired
    DSLContext dsl;

    @Autowired
    ValueLayouts layouts;

    @Autowired
    List<ApplicationRunner> runners;

    long zwolle;
    String zwolleChannels;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        dsl.deleteFrom(KPI_PERIOD_SUM).execute();
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        zwolleChannels = dsl.select(REPORTING_UNIT.CHANNELS).from(REPORTING_UNIT).where(REPORTING_UNIT.ID.eq(zwolle))
                .fetchSingle().value1();
    }

    @AfterEach
    void demoAsItWas() throws Exception {
        dsl.update(REPORTING_UNIT).set(REPORTING_UNIT.CHANNELS, zwolleChannels)
                .set(REPORTING_UNIT.VERSION, REPORTING_UNIT.VERSION.plus(1)).where(REPORTING_UNIT.ID.eq(zwolle))
                .execute();
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    void theStoredSumsAreTheApprovedMonthsSummed() throws Exception {
        Map<Long, ApprovedPeriod> first = covering();
        periodSums.awaitStored();
        Map<Long, ApprovedPeriod> read = covering();

        assertThat(dsl.fetchCount(KPI_PERIOD_SUM, KPI_PERIOD_SUM.FIRST_MONTH.eq(FIRST.atDay(1)),
                KPI_PERIOD_SUM.MONTHS.eq(3))).isEqualTo(first.size()).isGreaterThan(10);
        assertThat(first).containsOnlyKeys(summedHere().keySet());
        summedHere().forEach((unitId, months) -> {
            ApprovedPeriod stored = read.get(unitId);
            assertThat(stored.inputs().values()).isEqualTo(months.inputs().values());
            assertThat(stored.inputs().coveredMonths()).isEqualTo(months.inputs().coveredMonths());
            assertThat(stored.kpiParameters()).isEqualTo(months.kpiParameters());
            assertThat(stored.monthParameters()).isEqualTo(months.monthParameters());
            assertThat(stored.channels()).isEqualTo(months.channels());
        });
    }

    @Test
    void theVendorsAreEveryVendorWithAnApprovedMonthCoveringThePeriodOrNot() {
        Long zwolleVendor = dsl.select(REPORTING_UNIT.VENDOR_ORGANISATION_ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.ID.eq(zwolle)).fetchSingle().value1();
        assertThat(zwolleVendor).as("Zwolle telefonie is a contract").isNotNull();
        dsl.update(KPI_SUBMISSION).setNull(KPI_SUBMISSION.APPROVED_REVISION_ID)
                .where(KPI_SUBMISSION.PERIOD.eq(FIRST.atDay(1)), KPI_SUBMISSION.UNIT_ID.in(DSL.select(REPORTING_UNIT.ID)
                        .from(REPORTING_UNIT).where(REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(zwolleVendor))))
                .execute();

        var read = approvedMonths.covering(FIRST, LAST);

        assertThat(read.covering()).as("the vendor's units miss the first month")
                .noneMatch(unit -> zwolleVendor.equals(unit.vendorId()));
        assertThat(read.vendorIds()).contains(zwolleVendor).isEqualTo(approvedMonths.between(FIRST, LAST).stream()
                .map(ApprovedMonth::vendorId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    @Test
    void eachMonthOfATrendIsThatMonthSummedOnItsOwn() throws Exception {
        approvedMonths.covering(FIRST.plusMonths(1), FIRST.plusMonths(1));
        periodSums.awaitStored();

        Map<YearMonth, List<ApprovedPeriod>> eachMonth = approvedMonths.coveringEachMonth(FIRST, LAST);
        periodSums.awaitStored();

        assertThat(eachMonth).containsOnlyKeys(FIRST, FIRST.plusMonths(1), LAST);
        eachMonth.forEach((month, units) -> {
            List<ApprovedPeriod> alone = approvedMonths.covering(month, month).covering();
            assertThat(units).extracting(ApprovedPeriod::unitId).containsExactlyElementsOf(alone.stream()
                    .map(ApprovedPeriod::unitId).toList()).isNotEmpty();
            for (int index = 0; index < units.size(); index++) {
                assertThat(units.get(index).inputs().values()).isEqualTo(alone.get(index).inputs().values());
                assertThat(units.get(index).inputs().coveredMonths()).containsExactly(month);
            }
        });
        assertThat(dsl.fetchCount(KPI_PERIOD_SUM, KPI_PERIOD_SUM.MONTHS.eq(1),
                KPI_PERIOD_SUM.FIRST_MONTH.between(FIRST.atDay(1), LAST.atDay(1))))
                .isEqualTo(eachMonth.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void aCorrectionApprovedInOneMonthIsSummedAgain() {
        BigDecimal before = covering().get(zwolle).inputs().value(offeredPhone());

        approveCorrection(zwolle, FIRST.plusMonths(1), "offered[phone]", new BigDecimal("1000"));

        assertThat(covering().get(zwolle).inputs().value(offeredPhone()))
                .isEqualByComparingTo(before.add(new BigDecimal("1000")));
        assertThat(covering()).containsOnlyKeys(summedHere().keySet());
    }

    @Test
    void aUnitsChannelsChangedAreSummedAgain() {
        assertThat(covering().get(zwolle).inputs().value(InputKey.parse("offered[chat]")))
                .isEqualByComparingTo("0");

        dsl.update(REPORTING_UNIT).set(REPORTING_UNIT.CHANNELS, "CHAT,PHONE")
                .set(REPORTING_UNIT.VERSION, REPORTING_UNIT.VERSION.plus(1)).where(REPORTING_UNIT.ID.eq(zwolle))
                .execute();

        ApprovedPeriod after = covering().get(zwolle);
        assertThat(after.channels()).contains("chat");
        assertThat(after.inputs().value(InputKey.parse("offered[chat]"))).isNull();
    }

    @Test
    void aRowThatDoesNotMatchItsMonthsIsNeverUsed() throws Exception {
        covering();
        periodSums.awaitStored();
        dsl.update(KPI_PERIOD_SUM).set(KPI_PERIOD_SUM.INPUTS, PeriodSumCodec.encode(RawInputs.builder(FIRST).build()))
                .set(KPI_PERIOD_SUM.FINGERPRINT, "written by an older portal").execute();

        assertThat(covering().get(zwolle).inputs().values()).isEqualTo(summedHere().get(zwolle).inputs().values());
        periodSums.awaitStored();
        assertThat(dsl.selectCount().from(KPI_PERIOD_SUM)
                .where(KPI_PERIOD_SUM.FINGERPRINT.eq("written by an older portal")).fetchSingle().value1()).isZero();
    }

    @Test
    void aValueTooLongForALongIsKeptExactly() {
        BigDecimal huge = new BigDecimal("123456789012345678901234.567891");
        RawInputs inputs = RawInputs.builder(FIRST).put("total_cost", huge).put("offered[phone]", BigDecimal.TEN)
                .build();

        RawInputs read = PeriodSumCodec.decode(PeriodSumCodec.encode(inputs), FIRST, FIRST);

        assertThat(read.values()).isEqualTo(inputs.values());
        assertThat(read.value(InputKey.parse("total_cost")).scale()).isEqualTo(6);
    }

    private Map<Long, ApprovedPeriod> covering() {
        return approvedMonths.covering(FIRST, LAST).covering().stream()
                .collect(Collectors.toMap(ApprovedPeriod::unitId, period -> period));
    }

    /** The same months summed here, as the Benchmark page summed them before the sums were stored. */
    private Map<Long, ApprovedPeriod> summedHere() {
        Map<Long, List<ApprovedMonth>> byUnit = approvedMonths.between(FIRST, LAST).stream()
                .sorted(Comparator.comparing(ApprovedMonth::month))
                .collect(Collectors.groupingBy(ApprovedMonth::unitId, TreeMap::new, Collectors.toList()));
        Map<Long, ApprovedPeriod> summed = new TreeMap<>();
        byUnit.forEach((unitId, months) -> {
            if (months.size() == 3) {
                ApprovedMonth last = months.getLast();
                summed.put(unitId, new ApprovedPeriod(unitId, last.organisationId(), last.vendorId(), last.sector(),
                        last.agentFte(), last.channels(), RawInputs.sum(months.stream()
                                .map(ApprovedMonth::rawInputs).toList()), last.kpiParameters(),
                        months.stream().map(ApprovedMonth::kpiParameters).collect(Collectors.toSet())));
            }
        });
        return summed;
    }

    private static InputKey offeredPhone() {
        return InputKey.parse("offered[phone]");
    }

    /** A correction of the month approved: a newer revision with one value raised becomes the approved one. */
    private void approveCorrection(long unitId, YearMonth month, String field, BigDecimal raise) {
        var submission = dsl.selectFrom(KPI_SUBMISSION).where(KPI_SUBMISSION.UNIT_ID.eq(unitId),
                KPI_SUBMISSION.PERIOD.eq(month.atDay(1))).fetchSingle();
        var approved = dsl.selectFrom(KPI_REVISION).where(KPI_REVISION.ID.eq(submission.getApprovedRevisionId()))
                .fetchSingle();
        Map<org.ccbench.kpi.InputKey, BigDecimal> inputs = new HashMap<>(PackedValues.unpack(approved.getInputs(),
                layouts));
        inputs.merge(org.ccbench.kpi.InputKey.parse(field), raise, BigDecimal::add);
        var correction = approved.copy();
        correction.setNumber(approved.getNumber() + 1);
        correction.setInputs(PackedValues.pack(inputs));
        correction.setCorrectionReason("recount");
        correction.attach(dsl.configuration());
        correction.store();
        dsl.update(KPI_REVISION).set(KPI_REVISION.STATUS, "SUPERSEDED").where(KPI_REVISION.ID.eq(approved.getId()))
                .execute();
        dsl.update(KPI_SUBMISSION).set(KPI_SUBMISSION.APPROVED_REVISION_ID, correction.getId())
                .where(KPI_SUBMISSION.ID.eq(submission.getId())).execute();
    }
}
