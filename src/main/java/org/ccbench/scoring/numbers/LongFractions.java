package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact arithmetic on fractions n/d held as two {@code long}s (d &gt; 0), for code that handles many values and
 * builds a {@link Rational} only for the figures it hands out: comparison by 128-bit cross-multiplication, and an exact sum of
 * many fractions that stays fast where adding {@link Rational}s one by one does not (the running denominator is the
 * least common multiple of all the denominators, so each addition gets slower: 3,000 values take seconds that way).
 */
public final class LongFractions {

    /** Ranges up to this many values are first tried in {@code long}s. */
    private static final int IN_LONGS = 8;
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private LongFractions() {
    }

    /** Compares n1/d1 with n2/d2 exactly (d1, d2 &gt; 0), like {@link Rational#compareTo}. */
    public static int compare(long n1, long d1, long n2, long d2) {
        // n1 × d2 and n2 × d1 as signed 128-bit numbers: the high words signed, then the low words unsigned
        long high1 = Math.multiplyHigh(n1, d2);
        long high2 = Math.multiplyHigh(n2, d1);
        if (high1 != high2) {
            return high1 < high2 ? -1 : 1;
        }
        return Long.compareUnsigned(n1 * d2, n2 * d1);
    }

    /** n/d as the nearest double, within a few units in the last place of the exact value; for sorting only. */
    public static double approximate(long n, long d) {
        return (double) n / (double) d;
    }

    /**
     * n/d rounded once to the nearest double when n and d (d &gt; 0) are exact doubles (|n|, d ≤ 2^53), else NaN.
     * Unlike {@link #approximate}, this keeps the exact order: of two such values whose doubles differ, the one with
     * the smaller double is the smaller, so only values with equal doubles need comparing exactly.
     */
    public static double nearest(long n, long d) {
        return d > 0 && d <= EXACT_IN_DOUBLE && Math.abs(n) <= EXACT_IN_DOUBLE ? (double) n / (double) d : Double.NaN;
    }

    /**
     * Exactly (Σ n[i]/d[i] for i in [from, to)) × multiplier / divisor, in lowest terms.
     *
     * <p>The values are added in a balanced tree whose nodes keep the least common multiple of their denominators, so
     * only one gcd of the full size is taken (at the end, by {@link Rational#of(BigInteger, BigInteger)}).
     *
     * @throws IllegalArgumentException if the range is empty or a denominator is not positive
     */
    public static Rational sum(long[] n, long[] d, int from, int to, BigInteger multiplier, BigInteger divisor) {
        if (from >= to) {
            throw new IllegalArgumentException("nothing to sum");
        }
        BigInteger[] total = sum(n, d, from, to);
        return Rational.of(total[0].multiply(multiplier), total[1].multiply(divisor));
    }

    /**
     * {@link #sum} rounded half away from zero to {@code decimals}, as {@link Rational#toBigDecimal} rounds it, but
     * without the exact sum: the values are added as doubles, and the result is given only when every number within
     * the sum's error bound rounds to it; {@code null} when the exact sum may lie on the other side of a rounding
     * boundary (then only the exact {@link #sum} can tell). A sum of thousands of values with distinct denominators
     * has a common denominator of thousands of digits; this takes microseconds.
     *
     * @param multiplier, divisor positive
     */
    public static BigDecimal roundedSum(long[] n, long[] d, int from, int to, BigInteger multiplier,
                                        BigInteger divisor, int decimals) {
        if (from >= to) {
            throw new IllegalArgumentException("nothing to sum");
        }
        double sum = 0;
        double magnitude = 0;
        for (int i = from; i < to; i++) {
            if (d[i] <= 0) {
                throw new IllegalArgumentException("a denominator must be positive: " + d[i]);
            }
            double value = (double) n[i] / (double) d[i];
            sum += value;
            magnitude += Math.abs(value);
        }
        // each value is within 3 units in the last place of n/d (two conversions, one division) and each addition
        // adds at most one more of the running magnitude: twice (count + 4) units of 2^-53 of the magnitude covers both
        double error = 2.0 * (to - from + 4) * 0x1p-53 * magnitude;
        BigDecimal exactSum = new BigDecimal(sum);
        BigDecimal bound = new BigDecimal(error);
        BigDecimal scale = new BigDecimal(multiplier);
        BigDecimal divide = new BigDecimal(divisor);
        int digits = decimals + 3;
        BigDecimal low = exactSum.subtract(bound).multiply(scale).divide(divide, digits, RoundingMode.FLOOR)
                .setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal high = exactSum.add(bound).multiply(scale).divide(divide, digits, RoundingMode.CEILING)
                .setScale(decimals, RoundingMode.HALF_UP);
        return low.equals(high) ? low : null;
    }

    /** {numerator, denominator} of the sum, the denominator the lcm of the (reduced) denominators. */
    private static BigInteger[] sum(long[] n, long[] d, int from, int to) {
        if (to - from <= IN_LONGS) {
            BigInteger[] small = sumInLongs(n, d, from, to);
            if (small != null) {
                return small;
            }
        }
        if (to - from == 1) {
            if (d[from] <= 0) {
                throw new IllegalArgumentException("a denominator must be positive: " + d[from]);
            }
            Rational value = Rational.of(n[from], d[from]);
            return new BigInteger[] {value.numerator(), value.denominator()};
        }
        int middle = (from + to) >>> 1;
        BigInteger[] left = sum(n, d, from, middle);
        BigInteger[] right = sum(n, d, middle, to);
        BigInteger gcd = left[1].gcd(right[1]);
        BigInteger leftFactor = right[1].divide(gcd);
        BigInteger rightFactor = left[1].divide(gcd);
        return new BigInteger[] {left[0].multiply(leftFactor).add(right[0].multiply(rightFactor)),
                left[1].multiply(leftFactor)};
    }

    /** A few values added in {@code long}s, or {@code null} if a sum or the common denominator would overflow. */
    private static BigInteger[] sumInLongs(long[] n, long[] d, int from, int to) {
        long numerator = 0;
        long denominator = 1;
        try {
            for (int i = from; i < to; i++) {
                if (d[i] <= 0) {
                    throw new IllegalArgumentException("a denominator must be positive: " + d[i]);
                }
                long reduce = gcd(n[i], d[i]);
                long valueNumerator = n[i] / reduce;
                long valueDenominator = d[i] / reduce;
                long common = gcd(denominator, valueDenominator);
                long factor = valueDenominator / common;
                numerator = Math.addExact(Math.multiplyExact(numerator, factor),
                        Math.multiplyExact(valueNumerator, denominator / common));
                denominator = Math.multiplyExact(denominator, factor);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return new BigInteger[] {BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)};
    }

    /** The gcd of |a| and b &gt; 0 (a may be 0 or negative, but not Long.MIN_VALUE). */
    static long gcd(long a, long b) {
        long x = Math.absExact(a);
        long y = b;
        if (x == 0 || y == 0) {
            return x | y;
        }
        // binary (Stein's): shifts and subtractions instead of a division per step, half the time of Euclid's here
        int shift = Long.numberOfTrailingZeros(x | y);
        x >>>= Long.numberOfTrailingZeros(x);
        do {
            y >>>= Long.numberOfTrailingZeros(y);
            if (x > y) {
                long swap = x;
                x = y;
                y = swap;
            }
            y -= x;
        } while (y != 0);
        return x << shift;
    }
}
