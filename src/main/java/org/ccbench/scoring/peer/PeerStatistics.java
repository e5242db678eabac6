package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;

/**
 * The statistics of SCORING.md §2.3 over one value per organisation: n, the unweighted mean, P25 / median / P75
 * (type 7), and P10 / P90 only when n ≥ 10 ({@code null} otherwise). Min and max are never computed, because each
 * would disclose one organisation's value.
 *
 * <p>The exact mean of thousands of fractions with distinct denominators has a denominator of thousands of digits, and
 * every figure shown is rounded: {@link #mean(int)} rounds it without the exact sum where that is safe, and
 * {@link #mean()} computes the exact value when first asked for. Two statistics are equal when all their exact values
 * are.
 */
public final class PeerStatistics {

    public static final int MIN_N_FOR_P10_P90 = 10;

    private final int n;
    private final Rational p10;
    private final Rational p25;
    private final Rational median;
    private final Rational p75;
    private final Rational p90;
    private final Supplier<Rational> exactMean;
    private final IntFunction<BigDecimal> quickRoundedMean;
    private volatile Rational mean;

    private PeerStatistics(int n, Rational mean, Rational p10, Rational p25, Rational median, Rational p75,
                          Rational p90) {
        this(n, () -> mean, decimals -> null, p10, p25, median, p75, p90);
        this.mean = Objects.requireNonNull(mean);
    }

    /**
     * @param exactMean        the exact mean, asked for at most once per caller
     * @param quickRoundedMean the mean rounded half away from zero to the given decimals, or {@code null} when it
     *                         cannot be told without the exact mean
     */
    PeerStatistics(int n, Supplier<Rational> exactMean, IntFunction<BigDecimal> quickRoundedMean, Rational p10,
                   Rational p25, Rational median, Rational p75, Rational p90) {
        this.n = n;
        this.exactMean = exactMean;
        this.quickRoundedMean = quickRoundedMean;
        this.p10 = p10;
        this.p25 = p25;
        this.median = median;
        this.p75 = p75;
        this.p90 = p90;
    }

    /** @param organisationValues one value per distinct organisation, in any order; not empty */
    public static PeerStatistics of(List<Rational> organisationValues) {
        if (organisationValues.isEmpty()) {
            throw new IllegalArgumentException("no observations");
        }
        List<Rational> sorted = organisationValues.stream().sorted().toList();
        int n = sorted.size();
        Rational sum = Rational.ZERO;
        for (Rational value : sorted) {
            sum = sum.plus(value);
        }
        boolean tails = n >= MIN_N_FOR_P10_P90;
        return new PeerStatistics(n, sum.dividedBy(n),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P10) : null,
                Type7Percentile.ofSorted(sorted, Type7Percentile.P25),
                Type7Percentile.ofSorted(sorted, Type7Percentile.MEDIAN),
                Type7Percentile.ofSorted(sorted, Type7Percentile.P75),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P90) : null);
    }

    public int n() {
        return n;
    }

    /** The exact unweighted mean. */
    public Rational mean() {
        Rational known = mean;
        if (known == null) {
            known = exactMean.get();
            mean = known;
        }
        return known;
    }

    /** The mean rounded half away from zero to {@code decimals}, exactly as {@code mean().toBigDecimal(decimals)}. */
    public BigDecimal mean(int decimals) {
        Rational known = mean;
        if (known == null) {
            BigDecimal quick = quickRoundedMean.apply(decimals);
            if (quick != null) {
                return quick;
            }
            known = mean();
        }
        return known.toBigDecimal(decimals);
    }

    public Rational p10() {
        return p10;
    }

    public Rational p25() {
        return p25;
    }

    public Rational median() {
        return median;
    }

    public Rational p75() {
        return p75;
    }

    public Rational p90() {
        return p90;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerStatistics that && n == that.n && mean().equals(that.mean())
                && Objects.equals(p10, that.p10) && p25.equals(that.p25) && median.equals(that.median)
                && p75.equals(that.p75) && Objects.equals(p90, that.p90);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, mean(), p10, p25, median, p75, p90);
    }

    @Override
    public String toString() {
        return "PeerStatistics[n=" + n + ", mean=" + mean() + ", p10=" + p10 + ", p25=" + p25 + ", median=" + median
                + ", p75=" + p75 + ", p90=" + p90 + "]";
    }
}
