package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Hyndman–Fan type 7 percentiles (Excel {@code PERCENTILE.INC}, numpy's default), SCORING.md §1.1 "Peer quartiles"
 * and §5.3: with sorted values v[0..n−1] and h = (n − 1) × p, Q(p) = v[⌊h⌋] + (h − ⌊h⌋) × (v[⌊h⌋+1] − v[⌊h⌋]).
 * Exact: no rounding anywhere.
 */
public final class Type7Percentile {

    public static final Rational P25 = Rational.of(1, 4);
    public static final Rational MEDIAN = Rational.of(1, 2);
    public static final Rational P75 = Rational.of(3, 4);
    public static final Rational P10 = Rational.of(1, 10);
    public static final Rational P90 = Rational.of(9, 10);

    private Type7Percentile() {
    }

    /**
     * The p-th percentile (0 ≤ p ≤ 1) of values sorted ascending; {@code null} for an empty list.
     *
     * @throws IllegalArgumentException if p is outside 0–1
     */
    public static Rational of(List<BigDecimal> sortedAscending, Rational p) {
        return ofSorted(sortedAscending.stream().map(Rational::of).toList(), p);
    }

    /**
     * The p-th percentile (0 ≤ p ≤ 1) of exact values sorted ascending; {@code null} for an empty list.
     *
     * @throws IllegalArgumentException if p is outside 0–1
     */
    public static Rational ofSorted(List<Rational> sortedAscending, Rational p) {
        if (p.signum() < 0 || p.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("percentile outside 0–1: " + p);
        }
        int n = sortedAscending.size();
        if (n == 0) {
            return null;
        }
        // h = (n − 1) × p = lower + remainder / p's denominator
        BigInteger[] h = p.denominator().bitLength() < Integer.SIZE
                ? quotientAndRemainder(p.numerator().longValueExact() * (n - 1L), p.denominator().longValueExact())
                : p.numerator().multiply(BigInteger.valueOf(n - 1L)).divideAndRemainder(p.denominator());
        int lower = h[0].intValueExact();
        Rational low = sortedAscending.get(lower);
        if (h[1].signum() == 0) {
            return low;
        }
        Rational high = sortedAscending.get(lower + 1);
        if (low.equals(high)) {
            return low;
        }
        Rational inLongs = betweenInLongs(low, high, h[1], p.denominator());
        return inLongs != null ? inLongs : between(low, high, h[1], p.denominator());
    }

    /**
     * {@link #between} where every part and product fits a {@code long} (nearly every peer cell: counts over months),
     * else {@code null}: BigInteger products were most of what a cell's percentiles still cost.
     */
    private static Rational betweenInLongs(Rational low, Rational high, BigInteger r, BigInteger m) {
        if (!fitsLong(low.numerator()) || !fitsLong(low.denominator()) || !fitsLong(high.numerator())
                || !fitsLong(high.denominator()) || !fitsLong(m)) {
            return null;
        }
        long lowNumerator = low.numerator().longValue();
        long lowDenominator = low.denominator().longValue();
        long highNumerator = high.numerator().longValue();
        long highDenominator = high.denominator().longValue();
        long remainder = r.longValue();
        long modulus = m.longValue();
        if (overflows(lowNumerator, highDenominator) || overflows(highNumerator, lowDenominator)
                || overflows(lowDenominator, highDenominator)) {
            return null;
        }
        long lowCross = lowNumerator * highDenominator;
        long highCross = highNumerator * lowDenominator;
        long denominators = lowDenominator * highDenominator;
        if (overflows(lowCross, modulus - remainder) || overflows(highCross, remainder)
                || overflows(denominators, modulus)) {
            return null;
        }
        long lowWeight = lowCross * (modulus - remainder);
        long highWeight = highCross * remainder;
        long numerator = lowWeight + highWeight;
        // the sum overflowed if both weights have a sign the sum has not
        boolean sumOverflowed = ((lowWeight ^ numerator) & (highWeight ^ numerator)) < 0;
        return sumOverflowed ? null : Rational.of(numerator, denominators * modulus);
    }

    /** {quotient, remainder} of a ≥ 0 by b &gt; 0. */
    private static BigInteger[] quotientAndRemainder(long a, long b) {
        return new BigInteger[] {BigInteger.valueOf(a / b), BigInteger.valueOf(a % b)};
    }

    private static boolean overflows(long a, long b) {
        return Math.multiplyHigh(a, b) != (a * b) >> (Long.SIZE - 1);
    }

    private static boolean fitsLong(BigInteger value) {
        return value.bitLength() < Long.SIZE - 1;
    }

    /**
     * low + r/m × (high − low), as (low × (m − r) + high × r) / m over the two denominators' product: one reduction
     * instead of one per step, which made the percentiles most of what a peer cell's statistics cost.
     */
    private static Rational between(Rational low, Rational high, BigInteger r, BigInteger m) {
        BigInteger lowWeight = low.numerator().multiply(high.denominator()).multiply(m.subtract(r));
        BigInteger highWeight = high.numerator().multiply(low.denominator()).multiply(r);
        return Rational.of(lowWeight.add(highWeight), low.denominator().multiply(high.denominator()).multiply(m));
    }
}
