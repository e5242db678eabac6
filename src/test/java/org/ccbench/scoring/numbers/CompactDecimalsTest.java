package org.ccbench.scoring.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every decimal comes back equal to the one stored, its scale included, whether it fits a long or not. */
class CompactDecimalsTest {

    @Test
    void everyValueComesBackAsStoredScaleIncluded() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            BigDecimal[] values = new BigDecimal[1 + random.nextInt(80)];
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (random.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> new BigDecimal(new BigInteger(70 + random.nextInt(60), random), random.nextInt(6));
                    case 2 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(300) - 150);
                    case 3 -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4)).negate();
                    case 4 -> new BigDecimal(random.nextBoolean() ? "0.00" : "1E+3");
                    default -> BigDecimal.valueOf(random.nextInt(2_000_000));
                };
            }
            CompactDecimals compact = CompactDecimals.of(values);

            assertThat(compact.size()).isEqualTo(values.length);
            assertThat(compact.toArray()).containsExactly(values);
            for (int i = 0; i < values.length; i++) {
                assertThat(compact.isAbsent(i)).isEqualTo(values[i] == null);
            }
        }
    }

    @Test
    void aBuilderGivenUnscaledLongsAndScalesKeepsTheSameValues() {
        Random random = new Random(4);
        long[] unscaled = new long[200];
        int[] scales = new int[200];
        CompactDecimals.Builder builder = CompactDecimals.builder(201);
        for (int i = 0; i < 200; i++) {
            unscaled[i] = i % 3 == 0 ? random.nextLong() : random.nextInt(1_000_000) - 500_000;
            scales[i] = i % 7 == 0 ? random.nextInt(400) - 200 : random.nextInt(5);
            builder.set(i, unscaled[i], scales[i]);
        }
        CompactDecimals built = builder.build();
        builder.set(0, BigDecimal.TEN);

        for (int i = 0; i < 200; i++) {
            assertThat(built.get(i)).isEqualTo(BigDecimal.valueOf(unscaled[i], scales[i]));
        }
        assertThat(built.get(200)).as("never set").isNull();
        assertThat(built.isAbsent(200)).isTrue();
    }

    @Test
    void valuesThatAllFitAnIntAndTheFirstThatDoesNot() {
        BigDecimal[] ints = {BigDecimal.valueOf(Integer.MIN_VALUE, 2), BigDecimal.valueOf(Integer.MAX_VALUE, -3), null,
                BigDecimal.ZERO, BigDecimal.valueOf(-1, 1), new BigDecimal("1E+3")};
        BigDecimal[] oneLong = ints.clone();
        oneLong[2] = BigDecimal.valueOf(Integer.MAX_VALUE + 1L);
        BigDecimal[] oneBelow = ints.clone();
        oneBelow[2] = BigDecimal.valueOf(Integer.MIN_VALUE - 1L, 4);

        assertThat(CompactDecimals.of(ints).toArray()).containsExactly(ints);
        assertThat(CompactDecimals.of(oneLong).toArray()).containsExactly(oneLong);
        assertThat(CompactDecimals.of(oneBelow).toArray()).containsExactly(oneBelow);
    }

    @Test
    void aBuilderSetAgainAfterBuildingLeavesWhatItBuiltAsItWas() {
        CompactDecimals.Builder builder = CompactDecimals.builder(2).set(0, 7, 0).set(1, 8, 1);
        CompactDecimals ints = builder.build();
        builder.set(0, Long.MAX_VALUE, 0);
        CompactDecimals longs = builder.build();
        builder.set(1, 9, 0);

        assertThat(ints.toArray()).containsExactly(BigDecimal.valueOf(7), new BigDecimal("0.8"));
        assertThat(longs.toArray()).containsExactly(BigDecimal.valueOf(Long.MAX_VALUE), new BigDecimal("0.8"));
    }

    @Test
    void theExtremesOfALongAndOfAByteScale() {
        BigDecimal[] values = {BigDecimal.valueOf(Long.MIN_VALUE, 2), BigDecimal.valueOf(Long.MAX_VALUE, -3),
                new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)), BigDecimal.valueOf(1, 126),
                BigDecimal.valueOf(1, 127), BigDecimal.valueOf(1, -127), BigDecimal.valueOf(1, -128)};

        assertThat(CompactDecimals.of(values).toArray()).containsExactly(values);
        assertThat(CompactDecimals.of(values)).isEqualTo(CompactDecimals.of(values.clone()));
    }
}
