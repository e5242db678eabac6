package org.ccbench.scoring.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LongFractions} against {@link Rational} on random fractions, the extremes of {@code long} included. */
class LongFractionsTest {

    private static final long[] EXTREMES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1,
            Long.MAX_VALUE};

    @Test
    void theGcdIsBigIntegersForZerosPowersOfTwoAndRandomPairs() {
        assertThat(LongFractions.gcd(0, 7)).isEqualTo(7);
        assertThat(LongFractions.gcd(-12, 0)).isEqualTo(12);
        assertThat(LongFractions.gcd(-48, 36)).isEqualTo(12);
        assertThat(LongFractions.gcd(1L << 62, 1L << 40)).isEqualTo(1L << 40);
        assertThat(LongFractions.gcd(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isEqualTo(1);
        Random random = new Random(20261205L);
        for (int i = 0; i < 50_000; i++) {
            int shift = random.nextInt(20);
            long a = (random.nextLong() >> random.nextInt(63)) << shift >> shift;
            long b = Math.max(1, (random.nextLong() >>> random.nextInt(1, 63)) >> shift << shift);
            assertThat(LongFractions.gcd(a, b)).as("gcd(%d, %d)", a, b)
                    .isEqualTo(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact());
        }
    }

    @Test
    void comparesLikeRationalsEvenWhereTheCrossProductsNeed128Bits() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long n1 = value(random);
            long n2 = value(random);
            long d1 = Math.max(1, Math.abs(value(random)));
            long d2 = Math.max(1, Math.abs(value(random)));
            if (random.nextInt(4) == 0) {
                // the same value written differently, or just next to it
                n2 = n1 / 3;
                d2 = Math.max(1, d1 / 3);
            }
            assertThat(LongFractions.compare(n1, d1, n2, d2)).as("%d/%d vs %d/%d", n1, d1, n2, d2)
                    .isEqualTo(Integer.signum(Rational.of(n1, d1).compareTo(Rational.of(n2, d2))));
        }
        assertThat(LongFractions.compare(6, 4, 3, 2)).isZero();
    }

    @Test
    void sumsExactlyInLowestTermsWithTheMultiplierAndDivisor() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int count = 1 + random.nextInt(round % 3 == 0 ? 400 : 20);
            long[] n = new long[count];
            long[] d = new long[count];
            Rational expected = Rational.ZERO;
            for (int i = 0; i < count; i++) {
                boolean large = random.nextInt(5) == 0;
                n[i] = large ? random.nextLong() >> 2 : random.nextInt(200_001) - 100_000;
                d[i] = large ? 1 + (random.nextLong() >>> 3) : 1 + random.nextInt(50_000);
                expected = expected.plus(Rational.of(n[i], d[i]));
            }
            BigInteger multiplier = BigInteger.valueOf(1 + random.nextInt(100));
            BigInteger divisor = BigInteger.valueOf(1 + random.nextInt(100));

            assertThat(LongFractions.sum(n, d, 0, count, multiplier, divisor)).as("round %d", round)
                    .isEqualTo(expected.times(Rational.of(multiplier, divisor)));
        }
    }

    @Test
    void aRoundedSumIsTheExactSumRoundedOrNothing() {
        Random random = new Random(13);
        int told = 0;
        for (int round = 0; round < 600; round++) {
            int count = 1 + random.nextInt(round % 3 == 0 ? 1_000 : 20);
            long[] n = new long[count];
            long[] d = new long[count];
            for (int i = 0; i < count; i++) {
                boolean large = random.nextInt(5) == 0;
                n[i] = large ? random.nextLong() >> 2 : random.nextInt(200_001) - 100_000;
                d[i] = large ? 1 + (random.nextLong() >>> 3) : 1 + random.nextInt(50_000);
            }
            BigInteger multiplier = BigInteger.TEN.pow(random.nextInt(3));
            BigInteger divisor = BigInteger.valueOf(count).multiply(BigInteger.TEN.pow(random.nextInt(3)));
            int decimals = random.nextInt(4);

            BigDecimal rounded = LongFractions.roundedSum(n, d, 0, count, multiplier, divisor, decimals);
            if (rounded != null) {
                told++;
                assertThat(rounded).as("round %d", round).isEqualTo(
                        LongFractions.sum(n, d, 0, count, multiplier, divisor).toBigDecimal(decimals));
            }
        }
        assertThat(told).isGreaterThan(570);
    }

    @Test
    void aRoundedSumOnARoundingBoundaryIsLeftToTheExactSum() {
        // 1/8 + 1/8 = 0.25 exactly: at 1 decimal only the exact sum can say it rounds up to 0.3
        assertThat(LongFractions.roundedSum(new long[] {1, 1}, new long[] {8, 8}, 0, 2, BigInteger.ONE,
                BigInteger.ONE, 1)).isNull();
        assertThat(LongFractions.roundedSum(new long[] {1, 1}, new long[] {8, 8}, 0, 2, BigInteger.ONE,
                BigInteger.ONE, 2)).isEqualTo(new BigDecimal("0.25"));
        assertThat(LongFractions.roundedSum(new long[] {-1, -1}, new long[] {3, 3}, 0, 2, BigInteger.ONE,
                BigInteger.ONE, 1)).isEqualTo(new BigDecimal("-0.7"));
    }

    @Test
    void anEmptyRangeOrANonPositiveDenominatorIsRefused() {
        assertThatThrownBy(() -> LongFractions.sum(new long[0], new long[0], 0, 0, BigInteger.ONE, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LongFractions.sum(new long[] {1}, new long[] {0}, 0, 1, BigInteger.ONE,
                BigInteger.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LongFractions.roundedSum(new long[] {1}, new long[] {0}, 0, 1, BigInteger.ONE,
                BigInteger.ONE, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long value(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> EXTREMES[random.nextInt(EXTREMES.length)];
            case 1 -> random.nextLong();
            default -> random.nextInt(2001) - 1000;
        };
    }
}
