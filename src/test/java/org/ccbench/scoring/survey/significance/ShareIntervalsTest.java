package org.ccbench.scoring.survey.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Wilson and Newcombe against the published tables: Newcombe (1998), "Two-sided confidence intervals for the single
 * proportion: comparison of seven methods", Stat Med 17:857–872, Table II (method 3, Wilson score without continuity
 * correction), and Newcombe (1998), "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Stat Med 17:873–890, Table II (method 10). Both papers print four decimals.
 */
class ShareIntervalsTest {

    private static final double FOUR_DECIMALS = 0.00005;

    @ParameterizedTest(name = "{0}/{1} → {2}–{3}")
    @CsvSource(textBlock = """
            81, 263, 0.2553, 0.3662
            15, 148, 0.0624, 0.1605
             0,  20, 0.0000, 0.1611
             1,  29, 0.0061, 0.1718
            """)
    void wilsonMatchesNewcombesTable(long x, long n, double lower, double upper) {
        Interval95 interval = ShareIntervals.wilson(x, n).orElseThrow();
        assertThat(interval.estimate()).isCloseTo((double) x / n, within(1e-12));
        assertThat(interval.lower()).isCloseTo(lower, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(upper, within(FOUR_DECIMALS));
    }

    @Test
    void newcombeHybridScoreMatchesMethod10() {
        Interval95 interval = ShareIntervals.newcombe(56, 70, 48, 80).orElseThrow();
        assertThat(interval.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(interval.lower()).isCloseTo(0.0524, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(0.3339, within(FOUR_DECIMALS));
        assertThat(interval.significance()).isEqualTo(Significance.HIGHER);
        assertThat(ShareIntervals.compare(48, 80, 56, 70)).isEqualTo(Significance.LOWER);
    }

    @Test
    void aDifferenceWhoseIntervalHoldsZeroIsNotSignificant() {
        // Newcombe 1998b, Table II, example (e): 5/56 vs 0/29 → −0.0381 to 0.1926
        Interval95 interval = ShareIntervals.newcombe(5, 56, 0, 29).orElseThrow();
        assertThat(interval.lower()).isCloseTo(-0.0381, within(FOUR_DECIMALS));
        assertThat(interval.upper()).isCloseTo(0.1926, within(FOUR_DECIMALS));
        assertThat(interval.significance()).isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void aGroupWithoutAnswersCannotBeTestedAndNonsenseIsRefused() {
        assertThat(ShareIntervals.wilson(0, 0)).isEmpty();
        assertThat(ShareIntervals.compare(3, 10, 0, 0)).isEqualTo(Significance.NOT_TESTABLE);
        assertThatThrownBy(() -> ShareIntervals.wilson(11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 of 10");
        assertThatThrownBy(() -> ShareIntervals.wilson(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
