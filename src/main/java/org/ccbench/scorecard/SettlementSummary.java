package org.ccbench.scorecard;

import java.math.BigDecimal;

/**
 * The period's bonus/malus: the sum of its months' settlements after their caps and gates.
 *
 * @param amount   Σ of the months' amounts in euros; negative is a credit to the client
 * @param fees     Σ of the months' fees
 * @param netPercent amount / fees × 100; null without fees
 */
public record SettlementSummary(BigDecimal fees, BigDecimal totalMalusAmount, BigDecimal totalBonusAmount,
                                BigDecimal amount, BigDecimal netPercent, int monthsWithMalus,
                                int monthsWithForfeitedBonus) {
}
