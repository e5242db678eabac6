package org.ccbench.scoring.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RationalTest {

    @Test
    void aFractionOfLongsIsTheSameAsTheFractionOfTheirBigIntegers() {
        long[] extremes = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -6, -1, 0, 1, 4, Long.MAX_VALUE};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            long numerator = i % 4 == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(2001) - 1000;
            long denominator = i % 5 == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(201) - 100;
            if (denominator == 0) {
                assertThatThrownBy(() -> Rational.of(numerator, denominator)).isInstanceOf(ArithmeticException.class);
                continue;
            }
            Rational expected = Rational.of(BigInteger.valueOf(numerator),
                    BigInteger.valueOf(denominator));
            Rational actual = Rational.of(numerator, denominator);
            assertThat(actual).as("%d/%d", numerator, denominator).isEqualTo(expected);
            assertThat(actual.numerator()).isEqualTo(expected.numerator());
            assertThat(actual.denominator()).isEqualTo(expected.denominator());
        }
    }

    @Test
    void aFractionOfBigIntegersIsInLowestTermsWhetherOrNotItFitsLongs() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            BigInteger common = new BigInteger(random.nextInt(40), random).add(BigInteger.ONE);
            BigInteger numerator = new BigInteger(random.nextInt(70), random).multiply(common);
            BigInteger denominator = new BigInteger(random.nextInt(70), random).add(BigInteger.ONE).multiply(common);
            numerator = random.nextBoolean() ? numerator.negate() : numerator;
            denominator = random.nextBoolean() ? denominator.negate() : denominator;
            BigInteger gcd = numerator.gcd(denominator);

            Rational value = Rational.of(numerator, denominator);

            assertThat(value.numerator()).as("%s/%s", numerator, denominator).isEqualTo(numerator.signum() == 0
                    ? BigInteger.ZERO : numerator.divide(gcd).multiply(BigInteger.valueOf(denominator.signum())));
            assertThat(value.denominator()).as("%s/%s", numerator, denominator)
                    .isEqualTo(numerator.signum() == 0 ? BigInteger.ONE : denominator.abs().divide(gcd));
        }
        assertThat(Rational.of(BigInteger.ONE.shiftLeft(62), BigInteger.TWO).numerator())
                .isEqualTo(BigInteger.ONE.shiftLeft(61));
        assertThat(Rational.of(BigInteger.ONE.shiftLeft(62).negate(), BigInteger.ONE.shiftLeft(63)))
                .isEqualTo(Rational.of(-1, 2));
    }

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        Rational value = Rational.of(6, -4);

        assertThat(value).isEqualTo(Rational.of(-3, 2));
        assertThat(value.numerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(value.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(value).hasToString("-3/2");
        assertThat(Rational.of(0, -7)).isEqualTo(Rational.ZERO).hasToString("0");
    }

    @Test
    void decimalsAreExactWhateverTheirScale() {
        assertThat(Rational.of(new BigDecimal("3.8250"))).isEqualTo(Rational.of(153, 40));
        assertThat(Rational.parse("3.825")).isEqualTo(Rational.parse("153/40"));
        assertThat(Rational.of(new BigDecimal("1.2E+3"))).isEqualTo(Rational.of(1200));
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(textBlock = """
            1/3,   +, 1/6,  1/2
            1/3,   -, 1/2,  -1/6
            2/3,   *, 9/4,  3/2
            3/4,   /, 3/8,  2
            153/40, -, 1,   113/40
            """)
    void arithmeticIsExact(Rational left, String operator, Rational right, Rational expected) {
        Rational result = switch (operator) {
            case "+" -> left.plus(right);
            case "-" -> left.minus(right);
            case "*" -> left.times(right);
            case "/" -> left.dividedBy(right);
            default -> throw new IllegalArgumentException(operator);
        };
        assertThat(result).isEqualTo(expected);
    }

    @ParameterizedTest(name = "floor({0}) = {1}")
    @CsvSource(textBlock = """
            7/2,  3
            -7/2, -4
            4,    4
            -4,   -4
            1/3,  0
            -1/3, -1
            """)
    void floorRoundsTowardsMinusInfinity(Rational value, long expected) {
        assertThat(value.floor()).isEqualTo(BigInteger.valueOf(expected));
    }

    @Test
    void comparesByValue() {
        assertThat(Rational.of(1, 3)).isLessThan(Rational.of(34, 100)).isGreaterThan(Rational.of(33, 100));
        assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    }

    @Test
    void refusesAZeroDenominator() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.ONE.dividedBy(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }
}
