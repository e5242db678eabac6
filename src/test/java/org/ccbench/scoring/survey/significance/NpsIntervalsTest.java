package org.ccbench.scoring.survey.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The adjusted-Wald NPS interval of Rocks (2016), The American Statistician 70(4), as SCORING.md §5.7 states it,
 * against a separate computation in Python with scipy 1.17's normal quantile:
 * <pre>
 * python3 -c "import numpy as np; from scipy import stats
 * z = stats.norm.ppf(0.975)
 * def adj(P, Pa, D):
 *     m = P + Pa + D + 3; p = (P + .75) / m; d = (D + .75) / m
 *     return p - d, (p + d - (p - d) ** 2) / m
 * e, v = adj(8, 7, 5); print(e, e - z * np.sqrt(v), e + z * np.sqrt(v))
 * f, w = adj(3, 6, 11); print(e - f, e - f - z * np.sqrt(v + w), e - f + z * np.sqrt(v + w))
 * g, u = adj(10, 5, 5); print(g - e, g - e - z * np.sqrt(v + u), g - e + z * np.sqrt(v + u))"
 * </pre>
 * Printed: 0.13043478260869568 −0.18964901242645832 0.45051857764384967; 0.47826086956521746 0.03689482469439681
 * 0.9196269144360381; 0.08695652173913043 −0.37605438788267137 0.5499674313609322. The first group is SCORING.md
 * §5.2's example (P 8, Pa 7, D 5: NPS +15).
 */
class NpsIntervalsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void adjustedWaldIntervalOfTheSpecExample() {
        Interval95 interval = NpsIntervals.adjustedWald(8, 7, 5).orElseThrow();
        assertThat(interval.estimate()).isCloseTo(0.13043478260869568, within(TOLERANCE));
        assertThat(interval.lower()).isCloseTo(-0.18964901242645832, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.45051857764384967, within(TOLERANCE));
    }

    @Test
    void differenceOfTwoNpsIsSignificantOnlyWhenItsIntervalExcludesZero() {
        Interval95 large = NpsIntervals.difference(new long[] {8, 7, 5}, new long[] {3, 6, 11}).orElseThrow();
        assertThat(large.estimate()).isCloseTo(0.47826086956521746, within(TOLERANCE));
        assertThat(large.lower()).isCloseTo(0.03689482469439681, within(TOLERANCE));
        assertThat(large.upper()).isCloseTo(0.9196269144360381, within(TOLERANCE));
        assertThat(large.significance()).isEqualTo(Significance.HIGHER);

        Interval95 small = NpsIntervals.difference(new long[] {10, 5, 5}, new long[] {8, 7, 5}).orElseThrow();
        assertThat(small.lower()).isCloseTo(-0.37605438788267137, within(TOLERANCE));
        assertThat(small.upper()).isCloseTo(0.5499674313609322, within(TOLERANCE));
        assertThat(NpsIntervals.compare(new long[] {10, 5, 5}, new long[] {8, 7, 5}))
                .isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThat(NpsIntervals.compare(new long[] {3, 6, 11}, new long[] {8, 7, 5})).isEqualTo(Significance.LOWER);
    }

    @Test
    void theIntervalStaysWithinTheScaleAndNobodyAnsweringCannotBeTested() {
        Interval95 allPromoters = NpsIntervals.adjustedWald(4, 0, 0).orElseThrow();
        assertThat(allPromoters.upper()).isLessThanOrEqualTo(1);
        assertThat(allPromoters.lower()).isGreaterThanOrEqualTo(-1);
        assertThat(NpsIntervals.adjustedWald(0, 0, 0)).isEmpty();
        assertThat(NpsIntervals.compare(new long[] {0, 0, 0}, new long[] {8, 7, 5}))
                .isEqualTo(Significance.NOT_TESTABLE);
    }
}
