package org.ccbench.scoring.survey;

import java.util.Arrays;
import org.ccbench.scoring.numbers.Rational;

/** Argument checks shared by the summaries. */
final class Counts {

    private Counts() {
    }

    static void requireLength(int[] counts, int length, String what) {
        if (counts.length != length) {
            throw new IllegalArgumentException(what + " needs " + length + " counts, got " + counts.length);
        }
    }

    static void requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " is negative: " + value);
        }
    }

    static long sum(int[] counts, String what) {
        long sum = 0;
        for (int count : counts) {
            requireNonNegative(count, what);
            sum += count;
        }
        return sum;
    }

    static long sum(long[] counts, String what) {
        long sum = 0;
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException(what + " has a negative count: " + Arrays.toString(counts));
            }
            sum = Math.addExact(sum, count);
        }
        return sum;
    }

    static Rational percent(long part, long whole) {
        return whole == 0 ? null : Rational.of(100 * part, whole);
    }
}
