package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A fixed number of nullable decimals held as unscaled {@code long}s and their scales, not as objects: the Benchmark
 * page keeps the inputs of 30,000 units per period in memory, and 72 {@link BigDecimal}s per unit were some 3 KB and
 * 72 objects for the collector to trace, against 9 bytes each here. A value is given back equal to the one stored,
 * scale included; one whose unscaled value or scale does not fit is kept as it was.
 */
public final class CompactDecimals {

    private static final byte ABSENT = Byte.MIN_VALUE;
    private static final byte KEPT_WHOLE = Byte.MAX_VALUE;

    private final long[] unscaled;
    private final byte[] scales;
    private final BigDecimal[] whole;

    private CompactDecimals(long[] unscaled, byte[] scales, BigDecimal[] whole) {
        this.unscaled = unscaled;
        this.scales = scales;
        this.whole = whole;
    }

    /** The values, {@code null} where absent; the array is not kept. */
    public static CompactDecimals of(BigDecimal[] values) {
        long[] unscaled = new long[values.length];
        byte[] scales = new byte[values.length];
        BigDecimal[] whole = null;
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = values[i];
            if (value == null) {
                scales[i] = ABSENT;
            } else if (value.scale() > ABSENT && value.scale() < KEPT_WHOLE && value.unscaledValue().bitLength() < 64) {
                unscaled[i] = value.unscaledValue().longValue();
                scales[i] = (byte) value.scale();
            } else {
                if (whole == null) {
                    whole = new BigDecimal[values.length];
                }
                whole[i] = value;
                scales[i] = KEPT_WHOLE;
            }
        }
        return new CompactDecimals(unscaled, scales, whole);
    }

    public int size() {
        return scales.length;
    }

    /** The value at {@code index}, equal to the one stored (scale included), or {@code null}. */
    public BigDecimal get(int index) {
        byte scale = scales[index];
        if (scale == ABSENT) {
            return null;
        }
        return scale == KEPT_WHOLE ? whole[index] : BigDecimal.valueOf(unscaled[index], scale);
    }

    public boolean isAbsent(int index) {
        return scales[index] == ABSENT;
    }

    /** Every value, {@code null} where absent. */
    public BigDecimal[] toArray() {
        BigDecimal[] values = new BigDecimal[scales.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(i);
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompactDecimals that && Arrays.equals(toArray(), that.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }
}
