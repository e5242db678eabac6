package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scoring.kpi.TestInputs.month;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quarters, years and several units: KPIs of summed inputs (KPIS.md, "Aggregation = ratio of sums"). */
class KpiAggregationTest {

    private static DerivedKpis derive(RawInputs inputs) {
        return KpiDerivation.derive(inputs, KpiParameters.DEFAULTS);
    }

    @ParameterizedTest(name = "{0} over three months: ratio of sums {7}, not the mean of the monthly values {8}")
    @CsvSource(textBlock = """
            SL[phone], answered_within_threshold[phone], offered[phone],   9000/10000, 1000/2000, 3200/4000, 82.5,   220/3
            CSAT,      csat_top2,                        csat_responses,   45/50,      160/200,   70/100,    550/7,  80
            ABS,       sickness_hours,                   contracted_hours, 120/2400,   300/2000,  50/2500,   470/69, 22/3
            """)
    void aQuarterIsTheRatioOfSumsNotTheMeanOfMonthlyRatios(String label, String numerator, String denominator,
            String january, String february, String march, Rational quarter, Rational meanOfMonths) {
        List<RawInputs> months = new ArrayList<>();
        String[] fractions = {january, february, march};
        for (int m = 0; m < 3; m++) {
            String[] parts = fractions[m].split("/");
            months.add(month(YearMonth.of(2025, m + 1), numerator + " " + parts[0] + "\n" + denominator + " " + parts[1]));
        }
        Rational sumOfMonthlyValues = Rational.ZERO;
        for (RawInputs each : months) {
            sumOfMonthlyValues = sumOfMonthlyValues.plus(KpiDerivationTest.get(derive(each), label).value());
        }

        Rational quarterValue = KpiDerivationTest.get(derive(RawInputs.sum(months)), label).value();

        assertThat(sumOfMonthlyValues.dividedBy(3)).isEqualTo(meanOfMonths);
        assertThat(quarterValue).isEqualTo(quarter).isNotEqualTo(meanOfMonths);
    }

    @Test
    void twoUnitsOfOneOrganisationAreSummedBeforeTheFormula() {
        // SCORING.md §2.1: unit A has FCR 300/400 = 75 %, unit B 60/100 = 60 %; the organisation's value is 360/500.
        RawInputs unitA = month("2025-03", "fcr_yes 300\nfcr_no 100");
        RawInputs unitB = month("2025-03", "fcr_yes 60\nfcr_no 40");

        RawInputs organisation = RawInputs.sum(List.of(unitA, unitB));

        assertThat(derive(unitA).value(Kpi.FCR)).isEqualTo(Rational.of(75));
        assertThat(derive(unitB).value(Kpi.FCR)).isEqualTo(Rational.of(60));
        assertThat(derive(organisation).value(Kpi.FCR)).isEqualTo(Rational.of(72));
        assertThat(organisation.months()).isEqualTo(1);
    }

    @Test
    void volumeIsAPlainSumAndTheFullMonthSummedThreeTimesKeepsEveryRatio() {
        RawInputs month = TestInputs.fullMonth();
        RawInputs quarter = RawInputs.sum(List.of(month, shifted(month, 1), shifted(month, 2)));

        DerivedKpis monthly = derive(month);
        DerivedKpis quarterly = derive(quarter.withCostToDate(month.costToDate()));

        assertThat(quarter.months()).isEqualTo(3);
        for (DerivedKpi each : monthly) {
            Rational quarterValue = quarterly.value(each.kpi(), each.breakdown());
            if (each.kpi() == Kpi.VOL) {
                assertThat(quarterValue).as(each.label()).isEqualTo(each.value().times(3));
            } else if (each.kpi() == Kpi.ATR) {
                // 3 leavers over 3 months on the same first-month start and last-month end headcount: same annual rate
                assertThat(quarterValue).as(each.label()).isEqualTo(Rational.of(60));
            } else {
                assertThat(quarterValue).as(each.label()).isEqualTo(each.value());
            }
        }
    }

    @Test
    void anInputMissingInOnePartIsMissingInTheSum() {
        RawInputs january = month("2025-01", "csat_top2 45\ncsat_responses 50\nfcr_yes 10\nfcr_no 5");
        RawInputs february = month("2025-02", "csat_top2 160\ncsat_responses 200");

        RawInputs both = RawInputs.sum(List.of(january, february));

        assertThat(both.value(Input.CSAT_RESPONSES)).isEqualByComparingTo("250");
        assertThat(both.value(Input.FCR_YES)).isNull();
        assertThat(derive(both).value(Kpi.CSAT)).isEqualTo(Rational.of(41, 50).times(100L));
        assertThat(derive(both).get(Kpi.FCR).nullReason()).isEqualTo(NullReason.INPUT_MISSING);
    }

    @Test
    void aZeroDenominatorOverAllPartsIsNullNeverZero() {
        RawInputs unitA = month("2025-03", "fcr_yes 0\nfcr_no 0\ncsat_top2 0\ncsat_responses 0");
        RawInputs unitB = month("2025-03", "fcr_yes 0\nfcr_no 0\ncsat_top2 8\ncsat_responses 10");

        DerivedKpis organisation = derive(RawInputs.sum(List.of(unitA, unitB)));

        assertThat(organisation.get(Kpi.FCR).nullReason()).isEqualTo(NullReason.NO_TRAFFIC);
        assertThat(organisation.value(Kpi.FCR)).isNull();
        assertThat(organisation.value(Kpi.CSAT)).isEqualTo(Rational.of(80));
    }

    @ParameterizedTest(name = "{0} months of 2 leavers from 40 agents: ATR {1}")
    @CsvSource(textBlock = """
            1,  60
            3,  60
            12, 60
            """)
    void attritionIsAnnualisedBy12OverTheMonths(int months, Rational attrition) {
        List<RawInputs> steady = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            steady.add(month(YearMonth.of(2025, m), "headcount_start 40\nheadcount_end 40\nleavers 2"));
        }

        RawInputs period = RawInputs.sum(steady);

        assertThat(period.months()).isEqualTo(months);
        assertThat(period.value(Input.LEAVERS)).isEqualByComparingTo(BigDecimal.valueOf(2L * months));
        assertThat(derive(period).value(Kpi.ATR)).isEqualTo(attrition);
    }

    @ParameterizedTest(name = "{0}: leavers {1}, headcount {2} → {3}, over {4} months: ATR {5}")
    @CsvSource(textBlock = """
            quarter,   6,  40, 38, 3,  800/13
            full year, 30, 40, 44, 12, 500/7
            """)
    void attritionUsesTheFirstMonthsStartAndTheLastMonthsEndHeadcount(String period, int leavers, int start, int end,
            int months, Rational attrition) {
        // 100 × 6 / ((40 + 38) / 2) × 12 / 3 = 2400 / 39 = 800/13; 100 × 30 / 42 × 12 / 12 = 500/7
        List<RawInputs> monthly = new ArrayList<>();
        int headcount = start;
        int leaversLeft = leavers;
        for (int m = 1; m <= months; m++) {
            int next = m == months ? end : headcount + (m % 2 == 0 ? 1 : -1);
            int left = m == months ? leaversLeft : leavers / months;
            leaversLeft -= left;
            monthly.add(month(YearMonth.of(2025, m),
                    "headcount_start %d\nheadcount_end %d\nleavers %d".formatted(headcount, next, left)));
            headcount = next;
        }

        RawInputs sum = RawInputs.sum(monthly);

        assertThat(sum.value(Input.HEADCOUNT_START)).isEqualByComparingTo(BigDecimal.valueOf(start));
        assertThat(sum.value(Input.HEADCOUNT_END)).isEqualByComparingTo(BigDecimal.valueOf(end));
        assertThat(sum.value(Input.LEAVERS)).isEqualByComparingTo(BigDecimal.valueOf(leavers));
        assertThat(derive(sum).value(Kpi.ATR)).isEqualTo(attrition);
    }

    @Test
    void attritionOfSeveralUnitsSumsTheirStartAndEndHeadcounts() {
        List<RawInputs> parts = List.of(
                month("2025-01", "headcount_start 40\nheadcount_end 39\nleavers 2"),
                month("2025-02", "headcount_start 39\nheadcount_end 38\nleavers 1"),
                month("2025-03", "headcount_start 38\nheadcount_end 38\nleavers 1"),
                month("2025-01", "headcount_start 10\nheadcount_end 11\nleavers 0"),
                month("2025-02", "headcount_start 11\nheadcount_end 12\nleavers 0"),
                month("2025-03", "headcount_start 12\nheadcount_end 12\nleavers 0"));

        RawInputs organisation = RawInputs.sum(parts);
        RawInputs unitByUnit = RawInputs.sum(List.of(RawInputs.sum(parts.subList(0, 3)),
                RawInputs.sum(parts.subList(3, 6))));

        for (RawInputs sum : List.of(organisation, unitByUnit)) {
            assertThat(sum.months()).isEqualTo(3);
            assertThat(sum.value(Input.HEADCOUNT_START)).isEqualByComparingTo("50");
            assertThat(sum.value(Input.HEADCOUNT_END)).isEqualByComparingTo("50");
            // 100 × 4 / 50 × 12 / 3
            assertThat(derive(sum).value(Kpi.ATR)).isEqualTo(Rational.of(32));
        }
    }

    @Test
    void aUnitThatStartsLaterAddsNoStartHeadcount() {
        RawInputs unitA = RawInputs.sum(List.of(
                month("2025-01", "headcount_start 40\nheadcount_end 40\nleavers 0"),
                month("2025-02", "headcount_start 40\nheadcount_end 40\nleavers 0"),
                month("2025-03", "headcount_start 40\nheadcount_end 40\nleavers 0")));
        RawInputs unitBFromMarch = month("2025-03", "headcount_start 20\nheadcount_end 20\nleavers 3");

        RawInputs sum = RawInputs.sum(List.of(unitA, unitBFromMarch));

        assertThat(sum.value(Input.HEADCOUNT_START)).isEqualByComparingTo("40");
        assertThat(sum.value(Input.HEADCOUNT_END)).isEqualByComparingTo("60");
        // 100 × 3 / 50 × 12 / 3
        assertThat(derive(sum).value(Kpi.ATR)).isEqualTo(Rational.of(24));
    }

    @Test
    void oneOffCostShareIsCumulativeFromTheContractStart() {
        List<RawInputs> contract = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            contract.add(month(YearMonth.of(2025, m),
                    "one_off_cost " + (m == 1 ? 50000 : 0) + "\ntotal_cost 100000"));
        }
        RawInputs march = contract.get(2).withCostToDate(CostToDate.sumOf(contract.subList(0, 3)));
        RawInputs secondQuarter = RawInputs.sum(contract.subList(3, 6))
                .withCostToDate(CostToDate.sumOf(contract.subList(0, 6)));

        // 100 × 50000 / (50000 + 3 × 100000); March's own one-off cost is 0
        assertThat(derive(march).value(Kpi.OOC)).isEqualTo(Rational.of(100, 7));
        // 100 × 50000 / (50000 + 6 × 100000), not 0 % from the quarter's own costs
        assertThat(derive(secondQuarter).value(Kpi.OOC)).isEqualTo(Rational.of(100, 13));
        assertThat(derive(contract.getFirst().withCostToDate(CostToDate.sumOf(contract.subList(0, 1))))
                .value(Kpi.OOC)).isEqualTo(Rational.of(100, 3));
    }

    @Test
    void costToDateOfSeveralUnitsIsSummedOverTheUnitsInTheLastMonth() {
        CostToDate a = new CostToDate(new BigDecimal("30000"), new BigDecimal("270000"));
        CostToDate b = new CostToDate(new BigDecimal("10000"), new BigDecimal("90000"));
        RawInputs unitA = month("2025-03", "total_cost 90000").withCostToDate(a);
        RawInputs unitB = month("2025-03", "total_cost 30000").withCostToDate(b);
        RawInputs unitAInFebruary = month("2025-02", "total_cost 90000");

        RawInputs organisation = RawInputs.sum(List.of(unitA, unitB));

        assertThat(organisation.costToDate()).isEqualTo(new CostToDate(new BigDecimal("40000"), new BigDecimal("360000")));
        assertThat(derive(organisation).value(Kpi.OOC)).isEqualTo(Rational.of(10));
        assertThat(RawInputs.sum(List.of(unitAInFebruary, unitA)).costToDate()).isEqualTo(a);
        assertThat(RawInputs.sum(List.of(unitA, month("2025-03", "total_cost 1"))).costToDate()).isNull();
        assertThat(CostToDate.sumOf(List.of(month("2025-01", "total_cost 1")))).isNull();
    }

    private static RawInputs shifted(RawInputs month, int months) {
        RawInputs.Builder builder = RawInputs.builder(month.firstMonth().plusMonths(months));
        month.values().forEach(builder::put);
        return builder.build();
    }
}
