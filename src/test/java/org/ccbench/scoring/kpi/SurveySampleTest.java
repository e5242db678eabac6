package org.ccbench.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KPIS.md: a survey KPI rests on its responses and needs {@code min_sample} = 50 of them in the period. */
class SurveySampleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            CSAT, 40
            NPS,  45
            CES,  38
            FCR,  42
            """)
    void theSampleOfASurveyKpiIsItsNumberOfResponses(String code, int responses) {
        RawInputs inputs = TestInputs.month(TestInputs.MARCH, """
                csat_responses 40
                csat_top2 30
                nps_promoters 20
                nps_passives 15
                nps_detractors 10
                ces_responses 38
                ces_score_sum 190
                fcr_yes 30
                fcr_no 12
                """);

        assertThat(SurveySample.responses(Kpi.ofCode(code), inputs)).isEqualByComparingTo(BigDecimal.valueOf(responses));
        assertThat(SurveySample.isSmall(Kpi.ofCode(code), inputs)).isTrue();
    }

    @Test
    void fiftyResponsesAreEnoughAndFortyNineAreNot() {
        assertThat(SurveySample.isSmall(Kpi.CSAT, TestInputs.month(TestInputs.MARCH, "csat_responses 50\ncsat_top2 40")))
                .isFalse();
        assertThat(SurveySample.isSmall(Kpi.CSAT, TestInputs.month(TestInputs.MARCH, "csat_responses 49\ncsat_top2 40")))
                .isTrue();
    }

    @Test
    void surveyKpisNeedFiftyResponsesAndOtherKpisHaveNoMinimum() {
        assertThat(List.of(Kpi.CSAT, Kpi.NPS, Kpi.CES, Kpi.FCR)).allSatisfy(kpi ->
                assertThat(SurveySample.minSample(kpi)).isEqualTo(Kpi.SURVEY_MIN_SAMPLE));
        assertThat(SurveySample.minSample(Kpi.SL)).isNull();
        assertThat(SurveySample.minSample(Kpi.QMS)).isNull();
    }

    @Test
    void aQuarterCountsTheResponsesOfItsMonthsTogether() {
        RawInputs quarter = RawInputs.sum(List.of(
                TestInputs.month("2025-01", "csat_responses 20\ncsat_top2 15"),
                TestInputs.month("2025-02", "csat_responses 20\ncsat_top2 15"),
                TestInputs.month("2025-03", "csat_responses 20\ncsat_top2 15")));

        assertThat(SurveySample.responses(Kpi.CSAT, quarter)).isEqualByComparingTo("60");
        assertThat(SurveySample.isSmall(Kpi.CSAT, quarter)).isFalse();
    }

    @Test
    void kpisThatAreNoSurveyHaveNoSampleAndAMissingCountIsNoSmallSample() {
        RawInputs inputs = TestInputs.fullMonth();

        assertThat(SurveySample.responses(Kpi.SL, inputs)).isNull();
        assertThat(SurveySample.isSmall(Kpi.SL, inputs)).isFalse();
        assertThat(SurveySample.isSmall(Kpi.QMS, TestInputs.month(TestInputs.MARCH, "qm_evaluations 3\nqm_score_sum 240")))
                .as("QMS has no min_sample").isFalse();
        assertThat(SurveySample.responses(Kpi.NPS, TestInputs.month(TestInputs.MARCH, "nps_promoters 20"))).isNull();
        assertThat(SurveySample.isSmall(Kpi.NPS, TestInputs.month(TestInputs.MARCH, "nps_promoters 20"))).isFalse();
    }
}
