package org.ccbench.scoring.settlement;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;

/**
 * A contract month's bonus/malus (SCORING.md §4.1): its lines, Σ malus and Σ bonus, the totals after the caps and the
 * gate, net percent and the amount in euros (negative: a credit to the client).
 *
 * @param bonusForfeited true when the gate {@code no_malus} took a bonus away
 */
public record Settlement(List<SettlementLine> lines, BigDecimal monthlyFee, Rational sumMalus, Rational sumBonus,
                         Rational totalMalus, Rational totalBonus, boolean bonusForfeited, Rational netPercent,
                         BigDecimal amount) {

    public Settlement {
        lines = List.copyOf(lines);
    }
}
