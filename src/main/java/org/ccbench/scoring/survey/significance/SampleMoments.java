package org.ccbench.scoring.survey.significance;

import java.util.Collection;
import org.ccbench.scoring.numbers.Rational;

/**
 * What a t interval needs of a sample, exact: its size, mean and sum of squared deviations from the mean.
 *
 * @param squaredDeviations Σ (xᵢ − mean)²; the unbiased variance is this / (n − 1)
 */
public record SampleMoments(long n, Rational mean, Rational squaredDeviations) {

    public SampleMoments {
        if (n < 0 || (n > 0 && (mean == null || squaredDeviations == null || squaredDeviations.signum() < 0))) {
            throw new IllegalArgumentException("inconsistent sample moments: n = " + n);
        }
    }

    /** From the values; {@code null} entries (no value) are skipped. */
    public static SampleMoments of(Collection<Rational> values) {
        long n = 0;
        Rational sum = Rational.ZERO;
        Rational sumOfSquares = Rational.ZERO;
        for (Rational value : values) {
            if (value != null) {
                n++;
                sum = sum.plus(value);
                sumOfSquares = sumOfSquares.plus(value.times(value));
            }
        }
        return fromSums(n, sum, sumOfSquares);
    }

    /**
     * From a count per scale point: {@code counts[i]} answers of {@code firstPoint + i} (Likert 1–5: first point 1).
     */
    public static SampleMoments ofCounts(int[] counts, int firstPoint) {
        long n = 0;
        long sum = 0;
        long sumOfSquares = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("a negative count at point " + (firstPoint + i));
            }
            long point = firstPoint + i;
            n += counts[i];
            sum = Math.addExact(sum, point * counts[i]);
            sumOfSquares = Math.addExact(sumOfSquares, point * point * counts[i]);
        }
        return fromSums(n, Rational.of(sum), Rational.of(sumOfSquares));
    }

    private static SampleMoments fromSums(long n, Rational sum, Rational sumOfSquares) {
        if (n == 0) {
            return new SampleMoments(0, null, null);
        }
        Rational mean = sum.dividedBy(n);
        return new SampleMoments(n, mean, sumOfSquares.minus(sum.times(mean)));
    }

    /** The unbiased sample variance s² = Σ (xᵢ − mean)² / (n − 1); needs n ≥ 2. */
    public double variance() {
        if (n < 2) {
            throw new IllegalStateException("a variance needs at least two values, got " + n);
        }
        return squaredDeviations.dividedBy(n - 1).doubleValue();
    }
}
