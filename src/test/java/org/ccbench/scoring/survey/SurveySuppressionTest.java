package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccbench.scoring.peer.CellVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveySuppressionTest {

    @ParameterizedTest(name = "template min_respondents {0}, min_raters_per_vendor {1} → {2} / {3}")
    @CsvSource(nullValues = "null", textBlock = """
            null, null, 5, 3
            7,    null, 7, 3
            null, 4,    5, 4
            3,    3,    3, 3
            """)
    void missingSettingsTakeTheDefaultsOfSection2_4(Integer minRespondents, Integer minRaters, int expectedRespondents,
            int expectedRaters) {
        SurveySuppression rules = SurveySuppression.of(minRespondents, minRaters);

        assertThat(rules.minRespondents()).isEqualTo(expectedRespondents);
        assertThat(rules.minRatersPerVendor()).isEqualTo(expectedRaters);
    }

    @Test
    void a5NeedsFiveRespondingOrganisationsPerQuestionCell() {
        SurveySuppression rules = SurveySuppression.defaults();

        assertThat(rules.showsCell(List.of(11L, 12L, 13L, 14L))).isFalse();
        assertThat(rules.showsCell(List.of(11L, 12L, 13L, 14L, 14L))).isFalse();
        assertThat(rules.showsCell(List.of(11L, 12L, 13L, 14L, 15L))).isTrue();
    }

    @Test
    void a3NeedsThreeRatingClientOrganisationsPerVendor() {
        SurveySuppression rules = SurveySuppression.defaults();

        assertThat(rules.showsVendorResult(List.of(21L, 22L))).isFalse();
        assertThat(rules.showsVendorResult(List.of(21L, 22L, 22L))).isFalse();
        assertThat(rules.showsVendorResult(List.of(21L, 22L, 23L))).isTrue();
    }

    @Test
    void breakdownsApplyA2OnTopOfTheirOwnMinimum() {
        SurveySuppression rules = SurveySuppression.defaults();

        // by vendor, minimum 3 raters: the vendor with 2 raters is hidden, and the smallest other one with it
        assertThat(rules.vendorBreakdown(new long[] {3, 4, 2}, true)).containsExactly(
                CellVisibility.COMPLEMENTARY, CellVisibility.SHOWN, CellVisibility.BELOW_MINIMUM);
        // the same counts by question cell, minimum 5: all below, so no complementary suppression is needed
        assertThat(rules.breakdown(new long[] {3, 4, 2}, true)).containsOnly(CellVisibility.BELOW_MINIMUM);
        assertThat(rules.breakdown(new long[] {5, 6, 2}, true)).containsExactly(
                CellVisibility.COMPLEMENTARY, CellVisibility.SHOWN, CellVisibility.BELOW_MINIMUM);
    }

    @Test
    void refusesAMinimumBelowOne() {
        assertThatThrownBy(() -> new SurveySuppression(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveySuppression(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
