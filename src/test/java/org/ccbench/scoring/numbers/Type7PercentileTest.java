package org.ccbench.scoring.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Type7PercentileTest {

    @Test
    void excelsPercentileIncOfOneToFour() {
        List<BigDecimal> values = List.of(BigDecimal.ONE, BigDecimal.TWO, new BigDecimal(3), new BigDecimal(4));

        assertThat(Type7Percentile.of(values, Type7Percentile.P25)).isEqualTo(Rational.parse("7/4"));
        assertThat(Type7Percentile.of(values, Type7Percentile.MEDIAN)).isEqualTo(Rational.parse("5/2"));
        assertThat(Type7Percentile.of(values, Type7Percentile.P75)).isEqualTo(Rational.parse("13/4"));
        assertThat(Type7Percentile.of(values, Type7Percentile.P10)).isEqualTo(Rational.parse("13/10"));
        assertThat(Type7Percentile.of(values, Rational.ZERO)).isEqualTo(Rational.ONE);
        assertThat(Type7Percentile.of(values, Rational.ONE)).isEqualTo(Rational.of(4));
    }

    @Test
    void anyPercentileOfExactFractionsIsTheInterpolationOfItsDefinition() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 3_000; round++) {
            List<Rational> sorted = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            // some rounds beyond longs, some whose cross products lie around a long's limit, some well inside it
            long numeratorBound = switch (round % 5) {
                case 1 -> 1L << 31;
                case 3 -> 1_000;
                case 4 -> 1L << 40;
                default -> 1_000_000_000_000L;
            };
            long denominatorBound = switch (round % 5) {
                case 1, 4 -> Integer.MAX_VALUE;
                case 3 -> 1L << 40;
                default -> round % 2 == 0 ? 7 : 1_000_000;
            };
            for (int i = 0; i < n; i++) {
                sorted.add(Rational.of(BigInteger.valueOf(random.nextLong(-numeratorBound, numeratorBound))
                        .multiply(BigInteger.valueOf(round % 3 == 0 ? Long.MAX_VALUE : 1)),
                        BigInteger.valueOf(1 + random.nextLong(denominatorBound))));
            }
            sorted.sort(null);
            Rational p = switch (round % 4) {
                case 0 -> Type7Percentile.P25;
                case 1 -> Type7Percentile.P90;
                case 2 -> Rational.of(random.nextInt(1_001), 1_000);
                default -> Rational.of(random.nextInt(8), 7);
            };

            assertThat(Type7Percentile.ofSorted(sorted, p)).as("round %d", round).isEqualTo(definition(sorted, p));
        }
    }

    @Test
    void aPercentileOutsideZeroToOneOrOfNoValuesIsRefusedOrNone() {
        assertThatThrownBy(() -> Type7Percentile.ofSorted(List.of(Rational.ONE), Rational.of(11, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Type7Percentile.ofSorted(List.of(), Type7Percentile.MEDIAN)).isNull();
    }

    /** Q(p) = v[⌊h⌋] + (h − ⌊h⌋) × (v[⌊h⌋+1] − v[⌊h⌋]) with h = (n − 1) × p, step by step. */
    private static Rational definition(List<Rational> sorted, Rational p) {
        Rational h = p.times(sorted.size() - 1);
        int lower = h.floor().intValueExact();
        Rational fraction = h.minus(Rational.of(lower));
        Rational low = sorted.get(lower);
        return fraction.signum() == 0 ? low : low.plus(fraction.times(sorted.get(lower + 1).minus(low)));
    }
}
