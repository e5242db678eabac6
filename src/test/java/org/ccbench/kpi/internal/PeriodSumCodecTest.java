package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.ccbench.scoring.kpi.InputKey;
import org.ccbench.scoring.kpi.RawInputs;
import org.junit.jupiter.api.Test;

class PeriodSumCodecTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 3);
    private static final List<InputKey> FIELDS = RawInputs.fields();

    @Test
    void everyValueComesBackExactlyWithItsScale() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 2_000; round++) {
            RawInputs.Builder builder = RawInputs.builder(MONTH);
            for (InputKey field : FIELDS) {
                if (random.nextInt(3) > 0) {
                    builder.put(field, randomValue(random));
                }
            }
            RawInputs inputs = builder.build();

            RawInputs read = PeriodSumCodec.decode(PeriodSumCodec.encode(inputs), MONTH, MONTH);

            assertThat(read.values()).isEqualTo(inputs.values());
        }
    }

    @Test
    void theExtremesOfALongAndOfAScaleComeBack() {
        List<BigDecimal> extremes = List.of(BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE),
                BigDecimal.valueOf(Long.MAX_VALUE, 127), BigDecimal.valueOf(Long.MIN_VALUE, -128),
                BigDecimal.valueOf(1, 128), BigDecimal.valueOf(-1, -129), new BigDecimal(BigInteger.TWO.pow(63)),
                new BigDecimal("-0.000"), BigDecimal.ZERO);
        for (BigDecimal value : extremes) {
            RawInputs inputs = RawInputs.builder(MONTH).put(FIELDS.getFirst(), value).put(FIELDS.getLast(), value)
                    .build();

            RawInputs read = PeriodSumCodec.decode(PeriodSumCodec.encode(inputs), MONTH, MONTH);

            assertThat(read.values()).as("%s", value).isEqualTo(inputs.values());
        }
    }

    /** A month's counts take a few bytes each, not the twelve of a fixed-width index, scale and long. */
    @Test
    void aMonthOfCountsTakesAFewBytesAValue() {
        Random random = new Random(7L);
        RawInputs.Builder builder = RawInputs.builder(MONTH);
        FIELDS.forEach(field -> builder.put(field, BigDecimal.valueOf(random.nextInt(200_000))));
        RawInputs inputs = builder.build();

        assertThat(PeriodSumCodec.encode(inputs).length).isLessThanOrEqualTo(FIELDS.size() * 5);
    }

    @Test
    void noValuesAreNoBytes() {
        RawInputs none = RawInputs.builder(MONTH).build();

        assertThat(PeriodSumCodec.encode(none)).isEmpty();
        assertThat(PeriodSumCodec.decode(new byte[0], MONTH, MONTH).values()).isEmpty();
    }

    private static BigDecimal randomValue(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(random.nextInt(100_000));
            case 1 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(-10, 11));
            case 2 -> BigDecimal.valueOf(random.nextInt(10_000_000), 2).negate();
            case 3 -> new BigDecimal(new BigInteger(70 + random.nextInt(60), random), random.nextInt(0, 20));
            default -> BigDecimal.valueOf(random.nextInt(1_000), random.nextInt(-130, 131));
        };
    }
}
