package org.ccbench.scoring.survey.significance;

import java.util.Collection;
import org.ccbench.scoring.numbers.Rational;

/**
 * What a t interval needs of a sample: its size, its exact mean and the sum of squared deviations from the mean. The
 * spread only feeds a square root and a quantile, so it is binary floating point (SCORING.md §0 and §5.7); summing
 * exact squares of thousands of respondent indices cost more than the rest of a campaign's results together.
 *
 * @param squaredDeviations Σ (xᵢ − mean)², two-pass in double; the unbiased variance is this / (n − 1)
 */
public record SampleMoments(long n, Rational mean, double squaredDeviations) {

    public SampleMoments {
        if (n < 0 || (n > 0 && (mean == null || !(squaredDeviations >= 0)))) {
            throw new IllegalArgumentException("inconsistent sample moments: n = " + n);
        }
    }

    /** From the values; {@code null} entries (no value) are skipped. */
    public static SampleMoments of(Collection<Rational> values) {
        long n = 0;
        Rational sum = Rational.ZERO;
        for (Rational value : values) {
            if (value != null) {
                n++;
                sum = sum.plus(value);
            }
        }
        if (n == 0) {
            return new SampleMoments(0, null, 0);
        }
        Rational mean = sum.dividedBy(n);
        double centre = mean.doubleValue();
        double squares = 0;
        for (Rational value : values) {
            if (value != null) {
                double deviation = value.doubleValue() - centre;
                squares += deviation * deviation;
            }
        }
        return new SampleMoments(n, mean, squares);
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
        if (n == 0) {
            return new SampleMoments(0, null, 0);
        }
        Rational mean = Rational.of(sum, n);
        // Σx² − (Σx)²/n, exact in integers and rationals, then to double
        return new SampleMoments(n, mean, Rational.of(sumOfSquares).minus(mean.times(sum)).doubleValue());
    }

    /**
     * From running sums: n, the exact Σx and Σx² in double (one pass; the values here are at most a few thousand
     * figures on 0–100, so the cancellation in Σx² − n·mean² stays far below display precision).
     */
    public static SampleMoments fromSums(long n, Rational sum, double sumOfSquares) {
        if (n == 0) {
            return new SampleMoments(0, null, 0);
        }
        Rational mean = sum.dividedBy(n);
        double centre = mean.doubleValue();
        return new SampleMoments(n, mean, Math.max(0, sumOfSquares - n * centre * centre));
    }

    /** Σx, exact. */
    public Rational sum() {
        return n == 0 ? Rational.ZERO : mean.times(n);
    }

    /** Σx², in double. */
    public double sumOfSquares() {
        if (n == 0) {
            return 0;
        }
        double centre = mean.doubleValue();
        return squaredDeviations + n * centre * centre;
    }

    /**
     * The moments of this sample with a sub-sample of it taken out (the rest of a total once a vendor's raters are
     * removed, SCORING.md §5.7), without visiting the values again.
     */
    public SampleMoments without(SampleMoments part) {
        if (part.n > n) {
            throw new IllegalArgumentException("a part larger than the whole: " + part.n + " of " + n);
        }
        return fromSums(n - part.n, sum().minus(part.sum()), sumOfSquares() - part.sumOfSquares());
    }

    /** The unbiased sample variance s² = Σ (xᵢ − mean)² / (n − 1); needs n ≥ 2. */
    public double variance() {
        if (n < 2) {
            throw new IllegalStateException("a variance needs at least two values, got " + n);
        }
        return squaredDeviations / (n - 1);
    }
}
