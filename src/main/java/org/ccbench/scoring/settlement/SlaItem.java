package org.ccbench.scoring.settlement;

import java.util.Objects;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;

/**
 * One SLA item of a contract version (SCORING.md §4.1). Rates are percent of the monthly fee per point of shortfall or
 * excess; caps are percent of the fee.
 *
 * @param breakdown       the channel of a per-channel KPI, otherwise null
 * @param target          T: below it (in the "worse" direction) each point costs {@code malusRate}
 * @param bonusThreshold  B: beyond it each point earns {@code bonusRate}; null when the item has no bonus
 * @param minVolume       below this denominator the item is not measurable (0: always measurable)
 * @param volumeProtected the malus is waived when offered volume exceeds the forecast corridor
 */
public record SlaItem(Kpi kpi, Breakdown breakdown, Rational target, Rational bonusThreshold, Rational malusRate,
                      Rational malusCap, Rational bonusRate, Rational bonusCap, long minVolume,
                      boolean volumeProtected) {

    public SlaItem {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(target, "target");
        if (!kpi.direction().isScored()) {
            throw new IllegalArgumentException(kpi.code() + " is neutral and cannot be an SLA item");
        }
        requireNonNegative(malusRate, "malus rate");
        requireNonNegative(malusCap, "malus cap");
        if (bonusThreshold != null) {
            requireNonNegative(bonusRate, "bonus rate");
            requireNonNegative(bonusCap, "bonus cap");
            int side = bonusThreshold.compareTo(target);
            if (kpi.direction() == Direction.HIGHER_IS_BETTER ? side < 0 : side > 0) {
                throw new IllegalArgumentException("the bonus threshold of " + kpi.code()
                        + " must lie at or beyond the target in the better direction");
            }
        }
        if (minVolume < 0) {
            throw new IllegalArgumentException("the minimum volume must be ≥ 0: " + minVolume);
        }
    }

    /** {@code SL[phone]}, {@code CSAT}. */
    public String label() {
        return breakdown == null ? kpi.code() : kpi.code() + "[" + breakdown.code() + "]";
    }

    public boolean hasBonus() {
        return bonusThreshold != null;
    }

    private static void requireNonNegative(Rational value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("the " + name + " must be ≥ 0: " + value);
        }
    }
}
