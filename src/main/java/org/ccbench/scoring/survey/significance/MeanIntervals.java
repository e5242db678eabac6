package org.ccbench.scoring.survey.significance;

import java.util.Optional;

/**
 * Intervals for means (SCORING.md §5.7): Student's t for one mean (a Likert mean, a number mean, a subject's
 * satisfaction index as the mean of its respondents' indices) and Welch's unequal-variance t for the difference of
 * two independent means, with Welch–Satterthwaite degrees of freedom.
 */
public final class MeanIntervals {

    private MeanIntervals() {
    }

    /** mean ± t₀.₉₇₅(n − 1) × s / √n; empty for n < 2. With no spread (s = 0) the interval is the mean itself. */
    public static Optional<Interval95> t(SampleMoments sample) {
        if (sample.n() < 2) {
            return Optional.empty();
        }
        double mean = sample.mean().doubleValue();
        double half = Quantiles.t(sample.n() - 1) * Math.sqrt(sample.variance() / sample.n());
        return Optional.of(new Interval95(mean, mean - half, mean + half));
    }

    /**
     * Welch's interval for mean(a) − mean(b): the difference ± t₀.₉₇₅(ν) × √(s²ₐ/nₐ + s²ᵦ/nᵦ), with
     * ν = (s²ₐ/nₐ + s²ᵦ/nᵦ)² / ((s²ₐ/nₐ)²/(nₐ − 1) + (s²ᵦ/nᵦ)²/(nᵦ − 1)). Empty (not testable) when a group has
     * fewer than two values or neither group has any spread.
     */
    public static Optional<Interval95> welch(SampleMoments a, SampleMoments b) {
        if (a.n() < 2 || b.n() < 2) {
            return Optional.empty();
        }
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        double se2 = va + vb;
        if (!(se2 > 0)) {
            return Optional.empty();
        }
        double df = se2 * se2 / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        double difference = a.mean().minus(b.mean()).doubleValue();
        double half = Quantiles.t(df) * Math.sqrt(se2);
        return Optional.of(new Interval95(difference, difference - half, difference + half));
    }

    /** The verdict on mean(a) − mean(b) by {@link #welch}. */
    public static Significance compare(SampleMoments a, SampleMoments b) {
        return welch(a, b).map(Interval95::significance).orElse(Significance.NOT_TESTABLE);
    }
}
