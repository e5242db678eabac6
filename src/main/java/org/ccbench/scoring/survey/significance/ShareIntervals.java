package org.ccbench.scoring.survey.significance;

import java.util.Optional;

/**
 * Intervals for shares (SCORING.md §5.7), on 0–1: the Wilson score interval for one share (a top-2-box, an option's
 * share) and Newcombe's hybrid score interval for the difference of two independent shares (Newcombe 1998, "Interval
 * estimation for the difference between independent proportions", Stat Med 17:873–890, method 10), built from the two
 * Wilson intervals.
 */
public final class ShareIntervals {

    private ShareIntervals() {
    }

    /**
     * Wilson: (2x + z² ± z √(z² + 4x(1 − x/n))) / (2(n + z²)) around x/n; empty when n = 0.
     *
     * @param successes x, the answers counted in the share (0 ≤ x ≤ n)
     */
    public static Optional<Interval95> wilson(long successes, long n) {
        check(successes, n);
        if (n == 0) {
            return Optional.empty();
        }
        double z2 = Quantiles.Z * Quantiles.Z;
        double x = successes;
        double centre = 2 * x + z2;
        double half = Quantiles.Z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double denominator = 2 * (n + z2);
        double lower = successes == 0 ? 0 : (centre - half) / denominator;
        double upper = successes == n ? 1 : (centre + half) / denominator;
        return Optional.of(new Interval95(x / n, lower, upper));
    }

    /**
     * Newcombe's method 10 for p₁ − p₂ = x₁/n₁ − x₂/n₂, with (l₁, u₁) and (l₂, u₂) the Wilson intervals:
     * lower = p₁ − p₂ − √((p₁ − l₁)² + (u₂ − p₂)²), upper = p₁ − p₂ + √((u₁ − p₁)² + (p₂ − l₂)²). Empty when a group has
     * no answers.
     */
    public static Optional<Interval95> newcombe(long x1, long n1, long x2, long n2) {
        Optional<Interval95> first = wilson(x1, n1);
        Optional<Interval95> second = wilson(x2, n2);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        Interval95 a = first.get();
        Interval95 b = second.get();
        double difference = a.estimate() - b.estimate();
        double lower = difference - Math.hypot(a.estimate() - a.lower(), b.upper() - b.estimate());
        double upper = difference + Math.hypot(a.upper() - a.estimate(), b.estimate() - b.lower());
        return Optional.of(new Interval95(difference, lower, upper));
    }

    /** The verdict on x₁/n₁ − x₂/n₂ by {@link #newcombe}. */
    public static Significance compare(long x1, long n1, long x2, long n2) {
        return newcombe(x1, n1, x2, n2).map(Interval95::significance).orElse(Significance.NOT_TESTABLE);
    }

    private static void check(long successes, long n) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("not a share: " + successes + " of " + n);
        }
    }
}
