package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LargestRemainderTest {

    @ParameterizedTest(name = "counts {0} → {1}")
    @CsvSource(textBlock = """
            1 1 1,          34 33 33
            90 94 16,       45 47 8
            21 4 7 7 61,    21 4 7 7 61
            1 2,            33 67
            1 1,            50 50
            10 11 12,       30 33 37
            2 1 1 2,        33 17 17 33
            1 1 1 1 1 1 1,  15 15 14 14 14 14 14
            0 1 0 1 1,      0 34 0 33 33
            3 0 0,          100 0 0
            0 0 0,          0 0 0
            5,              100
            """)
    void floorsThenHandsTheMissingPointsToTheLargestRemaindersFirstListedOnTies(String counts, String expected) {
        assertThat(LargestRemainder.percentages(longs(counts))).containsExactly(ints(expected));
    }

    @Test
    void anyColumnSumsTo100AndEachShareIsWithinOnePointOfTheExactShare() {
        Random random = new Random(20240601);
        for (int round = 0; round < 500; round++) {
            long[] counts = new long[1 + random.nextInt(12)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1000);
            }
            long n = Arrays.stream(counts).sum();
            int[] shares = LargestRemainder.percentages(counts);

            assertThat(IntStream.of(shares).sum()).as("counts %s", Arrays.toString(counts)).isEqualTo(n == 0 ? 0 : 100);
            for (int i = 0; i < counts.length && n > 0; i++) {
                Rational exact = Rational.of(100 * counts[i], n);
                // the exact share rounded down, or up if it has a fraction
                assertThat(Rational.of(shares[i]).minus(exact)).isGreaterThan(Rational.ONE.negate())
                        .isLessThan(Rational.ONE);
                assertThat(BigInteger.valueOf(shares[i])).isBetween(exact.floor(),
                        exact.isInteger() ? exact.floor() : exact.floor().add(BigInteger.ONE));
                // no option that was rounded down has a larger remainder than one that was rounded up
                for (int j = 0; j < counts.length; j++) {
                    boolean iUp = Rational.of(shares[i]).compareTo(exact) > 0;
                    Rational exactJ = Rational.of(100 * counts[j], n);
                    boolean jDown = Rational.of(shares[j]).compareTo(exactJ) < 0;
                    if (iUp && jDown) {
                        Rational remainderI = exact.minus(Rational.of(exact.floor(), BigInteger.ONE));
                        Rational remainderJ = exactJ.minus(Rational.of(exactJ.floor(), BigInteger.ONE));
                        assertThat(remainderI).isGreaterThanOrEqualTo(remainderJ);
                        if (remainderI.equals(remainderJ)) {
                            assertThat(i).as("ties go to the option listed first").isLessThan(j);
                        }
                    }
                }
            }
        }
    }

    @Test
    void apportionsOtherTotalsTheSameWay() {
        assertThat(LargestRemainder.apportion(new long[] {1, 1, 1}, 10)).containsExactly(4, 3, 3);
        assertThat(LargestRemainder.apportion(new long[] {1, 1, 1}, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> LargestRemainder.percentages(new long[] {3, -1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static long[] longs(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    static int[] ints(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
