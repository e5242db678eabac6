package org.ccbench.scoring.peer;

import java.util.Arrays;
import java.util.Comparator;
import org.ccbench.scoring.numbers.LongFractions;

/** Primitive sorts for {@link PeerKeyCells}: no boxing on the usual path, exact order of fractions. */
final class Sorting {

    /** Runs of nearly equal doubles up to this length are put in exact order by insertion, longer ones by merging. */
    private static final int INSERTION_RUN = 32;
    private static final int MIN_STEP_BITS = 8;

    private Sorting() {
    }

    /** The indices 0..count-1 ordered by organisation, then cell. */
    static int[] byOrganisationThenCell(long[] organisation, int[] cell, int count) {
        int indexBits = bits(count);
        int cellBits = bits(Arrays.stream(cell, 0, count).max().orElse(0) + 1);
        long limit = 1L << Math.max(0, Long.SIZE - 1 - indexBits - cellBits);
        boolean packs = indexBits + cellBits < Long.SIZE - 1;
        for (int i = 0; packs && i < count; i++) {
            packs = organisation[i] >= 0 && organisation[i] < limit;
        }
        int[] order = new int[count];
        if (!packs) {
            Integer[] boxed = new Integer[count];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> organisation[i]).thenComparingInt(i -> cell[i]));
            Arrays.setAll(order, i -> boxed[i]);
            return order;
        }
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((organisation[i] << cellBits | cell[i]) << indexBits) | i;
        }
        Arrays.sort(keys);
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < count; i++) {
            order[i] = (int) (keys[i] & mask);
        }
        return order;
    }

    /**
     * Sorts {@code items[from, to)} ascending by the exact value n[item]/d[item] (d &gt; 0): first by a key made of the
     * value's double approximation (its top bits) and the position, then runs whose keys lie within one step of each
     * other, which may hold values the doubles put in the wrong order, by exact comparison.
     */
    static void byValue(int[] items, int from, int to, long[] n, long[] d) {
        int count = to - from;
        if (count < 2) {
            return;
        }
        // the doubles are within a few units in the last place of the exact values, far inside one step of 2^8 units
        int indexBits = Math.max(MIN_STEP_BITS, bits(count));
        long mask = (1L << indexBits) - 1;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int item = items[from + i];
            keys[i] = (sortable(LongFractions.approximate(n[item], d[item])) >> indexBits << indexBits) | i;
        }
        Arrays.sort(keys);
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = items[from + (int) (keys[i] & mask)];
        }
        int runStart = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || (keys[i] >> indexBits) - (keys[i - 1] >> indexBits) > 1) {
                if (i - runStart > 1) {
                    exactly(sorted, runStart, i, n, d);
                }
                runStart = i;
            }
        }
        System.arraycopy(sorted, 0, items, from, count);
    }

    private static void exactly(int[] items, int from, int to, long[] n, long[] d) {
        if (to - from > INSERTION_RUN) {
            Integer[] boxed = new Integer[to - from];
            Arrays.setAll(boxed, i -> items[from + i]);
            Arrays.sort(boxed, (a, b) -> LongFractions.compare(n[a], d[a], n[b], d[b]));
            for (int i = 0; i < boxed.length; i++) {
                items[from + i] = boxed[i];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int item = items[i];
            int j = i - 1;
            while (j >= from && LongFractions.compare(n[items[j]], d[items[j]], n[item], d[item]) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    /** A long whose signed order is the double's order (for the finite doubles of n/d). */
    private static long sortable(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
    }

    /** The bits needed for the numbers 0..count-1 (at least 1). */
    private static int bits(int count) {
        return Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(count - 1L));
    }
}
