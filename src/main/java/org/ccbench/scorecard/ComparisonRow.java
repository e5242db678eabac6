package org.ccbench.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of a sourcing manager's contracts in the vendor comparison (issue 6 §3): quality, cost by lowest ratio among the
 * compared contracts (SCORING.md §1.3), value for money and its rank (ties share a rank), plus the month-by-month
 * series the comparison workbook charts.
 *
 * @param rank      1 for the best value for money; null without one
 * @param monthly   one entry per month of the comparison period, in order
 */
public record ComparisonRow(long contractId, String contractName, String vendorName, BigDecimal quality,
                            BigDecimal costPerContact, BigDecimal costScore, BigDecimal valueForMoney, Integer rank,
                            BigDecimal qualityPerEuro, BigDecimal bonusMalusAmount, List<ComparisonMonth> monthly) {

    public ComparisonRow {
        monthly = List.copyOf(monthly);
    }

    /** A contract's figures in one month; nulls where the month has no approved submission. */
    public record ComparisonMonth(java.time.YearMonth month, BigDecimal quality, BigDecimal costPerContact,
                                  BigDecimal bonusMalusAmount, java.util.Map<String, BigDecimal> slaActuals) {
    }
}
