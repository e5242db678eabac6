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
        // a null random generator: the distribution is only asked for quantiles, never sampled
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
