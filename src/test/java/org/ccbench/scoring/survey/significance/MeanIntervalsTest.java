package org.ccbench.scoring.survey.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/**
 * t and Welch intervals against scipy 1.17 (numpy arrays of the same answers), computed with:
 * <pre>
 * python3 -c "import numpy as np; from scipy import stats
 * e = lambda c: np.repeat(np.arange(1, 6), c)
 * a = e([2,3,5,20,10]); b = e([4,6,10,12,3]); c = e([3,3,6,18,10])
 * print(stats.t.interval(0.95, len(a)-1, loc=a.mean(), scale=stats.sem(a)))
 * print(stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95))
 * print(stats.ttest_ind(a, c, equal_var=False).confidence_interval(0.95))
 * i = np.array([76.25, 62, 82.5, 70, 58]); k = np.array([55, 60.5, 48, 52.25, 61, 47.5])
 * print(stats.t.interval(0.95, 4, loc=i.mean(), scale=stats.sem(i)))
 * print(stats.ttest_ind(i, k, equal_var=False).confidence_interval(0.95))"
 * </pre>
 * Printed: (3.486171211379994, 4.163828788620006); (0.1969869169426336, 1.224441654485938);
 * (−0.39328188261292935, 0.5932818826129296); (57.28688459666435, 82.21311540333565);
 * (3.351554475919201, 28.06511219074747). The first sample is SCORING.md §5.1's example, the index values §5.5's.
 */
class MeanIntervalsTest {

    private static final double TOLERANCE = 1e-9;
    private static final SampleMoments EXAMPLE = SampleMoments.ofCounts(new int[] {2, 3, 5, 20, 10}, 1);

    @Test
    void likertMeanOfTheSpecExampleHasScipysTInterval() {
        assertThat(EXAMPLE.n()).isEqualTo(40);
        assertThat(EXAMPLE.mean()).isEqualTo(Rational.of(153, 40));
        Interval95 interval = MeanIntervals.t(EXAMPLE).orElseThrow();
        assertThat(interval.estimate()).isCloseTo(3.825, within(TOLERANCE));
        assertThat(interval.lower()).isCloseTo(3.486171211379994, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(4.163828788620006, within(TOLERANCE));
    }

    @Test
    void welchFindsTheHigherMeanSignificant() {
        Interval95 interval = MeanIntervals.welch(EXAMPLE, SampleMoments.ofCounts(new int[] {4, 6, 10, 12, 3}, 1))
                .orElseThrow();
        assertThat(interval.estimate()).isCloseTo(0.7107142857142859, within(TOLERANCE));
        assertThat(interval.lower()).isCloseTo(0.1969869169426336, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(1.224441654485938, within(TOLERANCE));
        assertThat(interval.significance()).isEqualTo(Significance.HIGHER);
    }

    @Test
    void welchCallsASmallDifferenceNotSignificant() {
        SampleMoments other = SampleMoments.ofCounts(new int[] {3, 3, 6, 18, 10}, 1);
        Interval95 interval = MeanIntervals.welch(EXAMPLE, other).orElseThrow();
        assertThat(interval.lower()).isCloseTo(-0.39328188261292935, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.5932818826129296, within(TOLERANCE));
        assertThat(MeanIntervals.compare(EXAMPLE, other)).isEqualTo(Significance.NOT_SIGNIFICANT);
    }

    @Test
    void subjectIndexIsAMeanOfRespondentIndicesWithItsTInterval() {
        SampleMoments index = SampleMoments.of(values("76.25", "62", "82.5", "70", "58"));
        assertThat(index.mean()).isEqualTo(Rational.parse("69.75"));
        Interval95 interval = MeanIntervals.t(index).orElseThrow();
        assertThat(interval.lower()).isCloseTo(57.28688459666435, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(82.21311540333565, within(TOLERANCE));

        Interval95 difference = MeanIntervals.welch(index,
                SampleMoments.of(values("55", "60.5", "48", "52.25", "61", "47.5"))).orElseThrow();
        assertThat(difference.lower()).isCloseTo(3.351554475919201, within(TOLERANCE));
        assertThat(difference.upper()).isCloseTo(28.06511219074747, within(TOLERANCE));
    }

    @Test
    void tooFewValuesOrNoSpreadCannotBeTested() {
        SampleMoments one = SampleMoments.of(values("70"));
        SampleMoments sameThree = SampleMoments.ofCounts(new int[] {0, 0, 3, 0, 0}, 1);
        assertThat(MeanIntervals.t(one)).isEmpty();
        assertThat(MeanIntervals.compare(EXAMPLE, one)).isEqualTo(Significance.NOT_TESTABLE);
        assertThat(MeanIntervals.t(sameThree).orElseThrow()).isEqualTo(new Interval95(3, 3, 3));
        assertThat(MeanIntervals.compare(sameThree, SampleMoments.ofCounts(new int[] {0, 0, 0, 4, 0}, 1)))
                .as("no spread in either group").isEqualTo(Significance.NOT_TESTABLE);
        assertThat(SampleMoments.of(java.util.Arrays.asList(null, null)).n()).isZero();
    }

    @Test
    void theRestOfATotalWithoutAPartHasTheMomentsOfTheRestItself() {
        List<Rational> all = values("76.25", "62", "82.5", "70", "58", "55", "60.5", "48", "52.25", "61", "47.5");
        SampleMoments rest = SampleMoments.of(all).without(SampleMoments.of(all.subList(0, 5)));
        SampleMoments direct = SampleMoments.of(all.subList(5, all.size()));
        assertThat(rest.n()).isEqualTo(6);
        assertThat(rest.mean()).as("exact").isEqualTo(direct.mean());
        assertThat(rest.variance()).isCloseTo(direct.variance(), within(TOLERANCE));
        assertThat(SampleMoments.fromSums(3, Rational.of(9), 27).variance()).as("3, 3, 3").isZero();
    }

    private static List<Rational> values(String... values) {
        return java.util.Arrays.stream(values).map(Rational::parse).toList();
    }
}
