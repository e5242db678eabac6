package org.ccbench.scoring.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccbench.scoring.numbers.Rational;

/**
 * The lowest-ratio cost score of SCORING.md §1.3 ("lowest price / price"), for lower-is-better cost KPIs in a fixed
 * comparison set: score_i = 100 × min_j(x_j) / x_i.
 */
public final class LowestRatio {

    private LowestRatio() {
    }

    /**
     * The scores in the order of the values. A {@code null} value scores {@code null} and does not take part in the
     * minimum. If the lowest value is 0, the alternatives at 0 score 100 and the others 0 (the limit of the rule).
     *
     * @throws IllegalArgumentException for a negative value
     */
    public static List<Rational> scores(List<Rational> values) {
        Rational lowest = null;
        for (Rational value : values) {
            if (value != null) {
                if (value.signum() < 0) {
                    throw new IllegalArgumentException("a cost cannot be negative: " + value);
                }
                lowest = lowest == null || value.compareTo(lowest) < 0 ? value : lowest;
            }
        }
        List<Rational> scores = new ArrayList<>(values.size());
        for (Rational value : values) {
            scores.add(value == null ? null : score(lowest, value));
        }
        return scores;
    }

    private static Rational score(Rational lowest, Rational value) {
        if (value.signum() == 0) {
            return Rational.HUNDRED;
        }
        return Rational.HUNDRED.times(Objects.requireNonNull(lowest)).dividedBy(value);
    }
}
