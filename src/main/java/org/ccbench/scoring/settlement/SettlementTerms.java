package org.ccbench.scoring.settlement;

import java.util.Objects;
import org.ccbench.scoring.numbers.Rational;

/**
 * The settlement terms of a contract version (SCORING.md §4.1).
 *
 * @param maxTotalMalus   cap on the month's total malus, percent of the fee
 * @param maxTotalBonus   cap on the month's total bonus, percent of the fee
 * @param forecast        the agreed monthly offered volume for volume-protected items; null if none was agreed
 * @param corridorPercent the corridor above the forecast within which the malus still applies
 */
public record SettlementTerms(Rational maxTotalMalus, Rational maxTotalBonus, BonusGate bonusGate, Long forecast,
                              Rational corridorPercent) {

    public SettlementTerms {
        Objects.requireNonNull(bonusGate, "bonusGate");
        if (maxTotalMalus == null || maxTotalMalus.signum() < 0 || maxTotalBonus == null
                || maxTotalBonus.signum() < 0) {
            throw new IllegalArgumentException("the total caps must be ≥ 0");
        }
        if (forecast != null && (forecast <= 0 || corridorPercent == null || corridorPercent.signum() < 0)) {
            throw new IllegalArgumentException("a forecast must be positive with a corridor ≥ 0");
        }
    }

    /** forecast × (1 + corridor / 100), above which a volume-protected item's malus is waived; null without one. */
    public Rational volumeCeiling() {
        return forecast == null ? null
                : Rational.of(forecast).times(Rational.ONE.plus(corridorPercent.dividedBy(100)));
    }
}
