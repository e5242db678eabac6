package org.ccbench.scoring.numbers;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A fixed number of nullable decimals held as unscaled {@code int}s (or {@code long}s where one does not fit an int)
 * and their scales, not as objects: the Benchmark page keeps the inputs of 30,000 units per period in memory, and 72
 * {@link BigDecimal}s per unit were some 3 KB and 72 objects for the collector to trace, against 5 bytes each here
 * (9 with longs). A value is given back equal to the one stored, scale included; one whose unscaled value or scale
 * does not fit is kept as it was.
 */
public final class CompactDecimals {

    private static final byte ABSENT = Byte.MIN_VALUE;
    private static final byte KEPT_WHOLE = Byte.MAX_VALUE;

    /** The unscaled values when every one fits an int, else {@code null}. */
    private final int[] small;
    /** The unscaled values when one does not fit an int, else {@code null}. */
    private final long[] unscaled;
    private final byte[] scales;
    private final BigDecimal[] whole;

    private CompactDecimals(long[] unscaled, byte[] scales, BigDecimal[] whole) {
        this.small = fitsInts(unscaled) ? ints(unscaled) : null;
        this.unscaled = small == null ? unscaled.clone() : null;
        this.scales = scales;
        this.whole = whole;
    }

    private static boolean fitsInts(long[] values) {
        for (long value : values) {
            if (value != (int) value) {
                return false;
            }
        }
        return true;
    }

    private static int[] ints(long[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    /** The values, {@code null} where absent; the array is not kept. */
    public static CompactDecimals of(BigDecimal[] values) {
        Builder builder = builder(values.length);
        for (int i = 0; i < values.length; i++) {
            builder.set(i, values[i]);
        }
        return builder.build();
    }

    /** {@code size} values, each absent until set. */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** Sets values one at a time, without a {@link BigDecimal} for those read as an unscaled long and a scale. */
    public static final class Builder {

        private final long[] unscaled;
        private final byte[] scales;
        private BigDecimal[] whole;

        private Builder(int size) {
            unscaled = new long[size];
            scales = new byte[size];
            Arrays.fill(scales, ABSENT);
        }

        /** unscaled × 10^-scale. */
        public Builder set(int index, long unscaledValue, int scale) {
            if (scale > ABSENT && scale < KEPT_WHOLE) {
                unscaled[index] = unscaledValue;
                scales[index] = (byte) scale;
                return this;
            }
            return set(index, BigDecimal.valueOf(unscaledValue, scale));
        }

        /** {@code null} leaves it absent. */
        public Builder set(int index, BigDecimal value) {
            if (value == null) {
                scales[index] = ABSENT;
            } else if (value.scale() > ABSENT && value.scale() < KEPT_WHOLE && value.unscaledValue().bitLength() < 64) {
                unscaled[index] = value.unscaledValue().longValue();
                scales[index] = (byte) value.scale();
            } else {
                if (whole == null) {
                    whole = new BigDecimal[scales.length];
                }
                whole[index] = value;
                scales[index] = KEPT_WHOLE;
            }
            return this;
        }

        public CompactDecimals build() {
            return new CompactDecimals(unscaled, scales.clone(), whole == null ? null : whole.clone());
        }
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
        if (scale == KEPT_WHOLE) {
            return whole[index];
        }
        return BigDecimal.valueOf(small != null ? small[index] : unscaled[index], scale);
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
