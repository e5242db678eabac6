package org.ccbench.scoring.survey.significance;

import java.util.Optional;

/**
 * Intervals for the Net Promoter Score (SCORING.md §5.7), on −1…+1 as in Rocks (2016), "Interval estimation for the
 * Net Promoter Score", The American Statistician 70(4): the adjusted-Wald interval he recommends. It adds pseudo-counts
 * of ¾ to the promoters, ¾ to the detractors and 3/2 to the passives (3 to n), so p̃ = (P + ¾) / (n + 3) and
 * d̃ = (D + ¾) / (n + 3); the NPS's variance is (p̃ + d̃ − (p̃ − d̃)²) / (n + 3), and the interval is
 * (p̃ − d̃) ± z √variance, clipped to [−1, 1]. The difference of two independent NPS is (p̃₁ − d̃₁) − (p̃₂ − d̃₂)
 * ± z √(variance₁ + variance₂).
 */
public final class NpsIntervals {

    private static final double PSEUDO_PROMOTERS = 0.75;
    private static final double PSEUDO_DETRACTORS = 0.75;
    private static final double PSEUDO_N = 3;

    private NpsIntervals() {
    }

    /** Empty when nobody answered (n = P + Pa + D = 0). */
    public static Optional<Interval95> adjustedWald(long promoters, long passives, long detractors) {
        return adjusted(promoters, passives, detractors).map(nps -> {
            double half = Quantiles.Z * Math.sqrt(nps.variance());
            return new Interval95(nps.estimate(), Math.max(-1, nps.estimate() - half),
                    Math.min(1, nps.estimate() + half));
        });
    }

    /** The interval of NPS(a) − NPS(b), each group given as promoters, passives, detractors. */
    public static Optional<Interval95> difference(long[] a, long[] b) {
        Optional<Adjusted> first = adjusted(a[0], a[1], a[2]);
        Optional<Adjusted> second = adjusted(b[0], b[1], b[2]);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        double difference = first.get().estimate() - second.get().estimate();
        double half = Quantiles.Z * Math.sqrt(first.get().variance() + second.get().variance());
        return Optional.of(new Interval95(difference, difference - half, difference + half));
    }

    /** The verdict on NPS(a) − NPS(b) by {@link #difference}; each array holds promoters, passives, detractors. */
    public static Significance compare(long[] a, long[] b) {
        return difference(a, b).map(Interval95::significance).orElse(Significance.NOT_TESTABLE);
    }

    private record Adjusted(double estimate, double variance) {
    }

    private static Optional<Adjusted> adjusted(long promoters, long passives, long detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("a negative NPS count");
        }
        long n = promoters + passives + detractors;
        if (n == 0) {
            return Optional.empty();
        }
        double m = n + PSEUDO_N;
        double p = (promoters + PSEUDO_PROMOTERS) / m;
        double d = (detractors + PSEUDO_DETRACTORS) / m;
        return Optional.of(new Adjusted(p - d, (p + d - (p - d) * (p - d)) / m));
    }
}
