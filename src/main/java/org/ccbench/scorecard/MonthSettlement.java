package org.ccbench.scorecard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.ccbench.scoring.settlement.BonusGate;

/**
 * One month's bonus/malus settlement (SCORING.md §4.1) with every term and input its formulas use, so an export can
 * recompute it with spreadsheet formulas. Percentages are percent of the monthly fee.
 *
 * @param monthlyFee the recurring invoiced amount: the approved submission's {@code total_cost}
 * @param amount     fee × net% / 100 rounded to cents half away from zero; negative is a credit to the client
 */
public record MonthSettlement(YearMonth month, int termsVersion, long revisionId, BigDecimal monthlyFee,
                              List<MonthLine> lines, BigDecimal maxTotalMalus, BigDecimal maxTotalBonus,
                              BonusGate bonusGate, BigDecimal sumMalus, BigDecimal sumBonus, BigDecimal totalMalus,
                              BigDecimal totalBonus, boolean bonusForfeited, BigDecimal netPercent,
                              BigDecimal amount) {

    public MonthSettlement {
        lines = List.copyOf(lines);
    }
}
