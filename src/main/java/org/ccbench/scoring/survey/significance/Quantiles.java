package org.ccbench.scoring.survey.significance;

import org.apache.commons.math3.distribution.TDistribution;

/** The two-sided 95 % critical values: the standard normal's and Student's t's 0.975 quantile. */
final class Quantiles {

    /** Φ⁻¹(0.975), to double precision. */
    static final double Z = 1.959963984540054;

    private Quantiles() {
    }

    /** t₀.₉₇₅ with {@code degreesOfFreedom} (> 0, need not be whole: Welch–Satterthwaite). */
    static double t(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + degreesOfFreedom);
        }
        if (T_BY_DEGREES.size() > CACHE_LIMIT) {
            T_BY_DEGREES.clear();
        }
        // a null random generator: the distribution is only asked for quantiles, never sampled
        return T_BY_DEGREES.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }

    /** The quantile solver takes tens of microseconds; a results page asks for the same n − 1 in many cells. */
    private static final java.util.Map<Double, Double> T_BY_DEGREES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;
}
