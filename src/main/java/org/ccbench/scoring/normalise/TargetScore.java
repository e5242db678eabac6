package org.ccbench.scoring.normalise;

import java.util.Objects;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;

/**
 * The contract-relative target score of SCORING.md §1.2: linear from the floor (0) to the target (100), clamped to
 * 0–100, with the same formula for both directions: raw = 100 × (x − floor) / (target − floor).
 *
 * @param floor     the value that scores 0 (an SLA floor, or a price ceiling for cost)
 * @param target    the value that scores 100; above the floor for higher-is-better, below it for lower-is-better
 * @param direction the KPI's direction; a neutral KPI is never normalised
 */
public record TargetScore(Rational floor, Rational target, Direction direction) {

    private static final Rational HUNDRED = Rational.HUNDRED;

    /** @throws IllegalArgumentException for a neutral KPI, floor = target, or a target on the floor's wrong side */
    public TargetScore {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (!direction.isScored()) {
            throw new IllegalArgumentException("a neutral KPI is never normalised");
        }
        int comparison = target.compareTo(floor);
        if (comparison == 0) {
            throw new IllegalArgumentException("floor and target must differ: " + floor);
        }
        if (direction == Direction.HIGHER_IS_BETTER ? comparison < 0 : comparison > 0) {
            throw new IllegalArgumentException("for " + direction.code() + " the target " + target + " must lie "
                    + (direction == Direction.HIGHER_IS_BETTER ? "above" : "below") + " the floor " + floor);
        }
    }

    /** Unclamped 100 × (x − floor) / (target − floor); {@code null} for a {@code null} value. */
    public Rational raw(Rational x) {
        return x == null ? null : HUNDRED.times(x.minus(floor)).dividedBy(target.minus(floor));
    }

    /** The score min(100, max(0, raw)); {@code null} for a {@code null} value. */
    public Rational score(Rational x) {
        Rational raw = raw(x);
        if (raw == null) {
            return null;
        }
        if (raw.compareTo(HUNDRED) > 0) {
            return HUNDRED;
        }
        return raw.signum() < 0 ? Rational.ZERO : raw;
    }

    /** GREEN when raw ≥ 100, RED when raw ≤ 0, AMBER otherwise; {@code null} for a {@code null} value. */
    public RagStatus rag(Rational x) {
        Rational raw = raw(x);
        if (raw == null) {
            return null;
        }
        if (raw.compareTo(HUNDRED) >= 0) {
            return RagStatus.GREEN;
        }
        return raw.signum() <= 0 ? RagStatus.RED : RagStatus.AMBER;
    }
}
