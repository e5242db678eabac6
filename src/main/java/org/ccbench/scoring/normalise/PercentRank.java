package org.ccbench.scoring.normalise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;

/**
 * The mid-rank percent rank of SCORING.md §1.1: with R the reference set (the subject's own value included) and
 * n = |R|, PR(x) = 100 × (worse + 0.5 × (ties − 1)) / (n − 1), where "worse" counts values strictly worse than x in the
 * KPI's direction and "ties" counts values equal to x, x itself included. The best unique value scores 100, the worst
 * 0, and if every value is equal each scores 50.
 */
public final class PercentRank {

    private PercentRank() {
    }

    /**
     * The subject's score against the other organisations' values (R = others ∪ {x}, §2.1); {@code null} if x is.
     *
     * @throws IllegalArgumentException for a neutral KPI or when there is no other value
     */
    public static Rational ofSubject(Rational x, Collection<Rational> otherValues, Direction direction) {
        if (x == null) {
            return null;
        }
        List<Rational> reference = new ArrayList<>(otherValues.size() + 1);
        reference.addAll(otherValues);
        reference.add(x);
        return inReference(x, reference, direction);
    }

    /**
     * The score of x in a reference set that already contains it (the worked examples of §1.1 list R that way).
     *
     * @throws IllegalArgumentException for a neutral KPI, when R holds fewer than 2 values or does not contain x
     */
    public static Rational inReference(Rational x, Collection<Rational> reference, Direction direction) {
        if (!direction.isScored()) {
            throw new IllegalArgumentException("a neutral KPI is never normalised");
        }
        int n = reference.size();
        if (n < 2) {
            throw new IllegalArgumentException("a percent rank needs at least 2 values, not " + n);
        }
        int worse = 0;
        int ties = 0;
        for (Rational value : reference) {
            int comparison = value.compareTo(x);
            if (comparison == 0) {
                ties++;
            } else if (direction == Direction.HIGHER_IS_BETTER ? comparison < 0 : comparison > 0) {
                worse++;
            }
        }
        if (ties == 0) {
            throw new IllegalArgumentException("the reference set must contain the subject's value " + x);
        }
        // 100 × (worse + (ties − 1)/2) / (n − 1) = 50 × (2·worse + ties − 1) / (n − 1)
        return Rational.of(50L * (2L * worse + ties - 1), n - 1L);
    }
}
