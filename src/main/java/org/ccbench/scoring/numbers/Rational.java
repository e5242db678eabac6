package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction, always in lowest terms with a positive denominator, so that equal values are {@code equals}.
 * SCORING.md §0 asks for exact arithmetic and no rounding of intermediate results; a survey mean such as 1/3 has no
 * finite decimal, so results are kept as fractions and rounded only for display ({@link #toBigDecimal(int)}).
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(long numerator, long denominator) {
        if (denominator == 0 || numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        // in longs: percent ranks and counts are built by the hundred thousand
        long sign = Long.signum(denominator);
        long n = numerator * sign;
        long d = denominator * sign;
        long gcd = LongFractions.gcd(n, d);
        return n == 0 ? ZERO : new Rational(BigInteger.valueOf(n / gcd), BigInteger.valueOf(d / gcd));
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (numerator.bitLength() < Long.SIZE - 1 && denominator.bitLength() < Long.SIZE - 1) {
            // most fractions fit longs: their gcd there is a few divisions, BigInteger's a mutable copy of each
            return of(numerator.longValue(), denominator.longValue());
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
        return new Rational(numerator, denominator);
    }

    /** The exact value of a decimal: 3.825 becomes 153/40. */
    public static Rational of(BigDecimal value) {
        int scale = value.scale();
        return scale <= 0
                ? new Rational(value.toBigIntegerExact(), BigInteger.ONE)
                : of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /** Parses a decimal ({@code "-12.345"}) or a fraction ({@code "153/40"}). */
    public static Rational parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(trimmed));
        }
        return of(new BigInteger(trimmed.substring(0, slash).strip()), new BigInteger(trimmed.substring(slash + 1).strip()));
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    public Rational plus(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational minus(Rational other) {
        return plus(other.negate());
    }

    public Rational times(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Rational dividedBy(Rational divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    public Rational dividedBy(long divisor) {
        return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** The largest integer ≤ this value. */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * This value rounded to {@code decimals} places, half away from zero, on the exact value (SCORING.md §0):
     * 3.625 gives 3.63 and −12.345 gives −12.35.
     */
    public BigDecimal toBigDecimal(int decimals) {
        // RoundingMode.HALF_UP rounds ties away from zero, for negative values too; BigDecimal.divide with a scale
        // rounds the exact quotient, never an approximation of it.
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }

    /** An approximation for charts and logs; never use it for a displayed figure. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rational that && numerator.equals(that.numerator) && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** {@code 153/40}, or {@code 15} for an integer. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
