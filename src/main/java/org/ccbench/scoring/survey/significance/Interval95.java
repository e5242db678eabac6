package org.ccbench.scoring.survey.significance;

/**
 * A 95 % confidence interval around an estimate, on the estimate's own scale (a share 0–1, a mean, an NPS −1…+1, or
 * the difference of two such figures).
 *
 * @param estimate the point estimate the interval belongs to (for the adjusted-Wald NPS the adjusted estimate)
 */
public record Interval95(double estimate, double lower, double upper) {

    public Interval95 {
        if (!(lower <= upper) || Double.isNaN(estimate)) {
            throw new IllegalArgumentException("not an interval: " + lower + " – " + upper + " around " + estimate);
        }
    }

    /**
     * Read as the interval of a difference a − b: {@link Significance#HIGHER} when it lies wholly above 0,
     * {@link Significance#LOWER} when wholly below, else {@link Significance#NOT_SIGNIFICANT}.
     */
    public Significance significance() {
        return lower > 0 ? Significance.HIGHER : upper < 0 ? Significance.LOWER : Significance.NOT_SIGNIFICANT;
    }

    /** The same interval multiplied by {@code factor} (> 0), e.g. 100 for a percentage. */
    public Interval95 times(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive: " + factor);
        }
        return new Interval95(estimate * factor, lower * factor, upper * factor);
    }
}
