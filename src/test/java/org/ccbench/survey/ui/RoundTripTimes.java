package org.ccbench.survey.ui;

import java.util.Arrays;

/** Round-trip times of one kind, recorded from many threads, summarised as count, p50, p95, p99 and max. */
final class RoundTripTimes {

    private final String name;
    private long[] nanos = new long[1024];
    private int count;

    RoundTripTimes(String name) {
        this.name = name;
    }

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** e.g. "answer: 12345 round trips, p50 8.1 ms, p95 31.0 ms, p99 55.2 ms, max 210.4 ms". */
    synchronized String summary() {
        if (count == 0) {
            return name + ": none";
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("%s: %d round trips, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", name, count,
                millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    /** The nearest-rank percentile. */
    private static double millis(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static RoundTripTimes merged(String name, RoundTripTimes... parts) {
        RoundTripTimes all = new RoundTripTimes(name);
        for (RoundTripTimes part : parts) {
            synchronized (part) {
                for (int i = 0; i < part.count; i++) {
                    all.record(part.nanos[i]);
                }
            }
        }
        return all;
    }
}
