package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One of a sourcing manager's contracts in the vendor comparison (issue 6 §3): quality, cost by lowest ratio among the
 * compared contracts (SCORING.md §1.3), value for money and its rank (ties share a rank), plus the month-by-month
 * series the comparison workbook charts. Rounded for display from exact figures (§0).
 *
 * @param quality       Q, the same number as on the contract's own scorecard
 * @param costScore     "cost score (vs. your cheapest contract)": 100 × the lowest cost per contact among the compared
 *                      contracts / this contract's; not the scorecard's cost index, which is scored against the budget
 * @param valueForMoney "value for money (cost vs. your cheapest contract)": α × Q + (1 − α) × {@code costScore}; the
 *                      contract's scorecard shows "value for money (cost vs. budget)" instead
 * @param rank      1 for the best value for money; null without one
 * @param monthly   one entry per month of the comparison period, in order
 */
public record ComparisonRow(long contractId, String contractName, String vendorName, BigDecimal quality,
                            BigDecimal costPerContact,
                            @Schema(description = "Cost score (vs. your cheapest contract): 100 x the lowest cost per "
                                    + "contact among the compared contracts / this contract's; not the scorecard's "
                                    + "cost index vs. budget") BigDecimal costScore,
                            @Schema(description = "Value for money (cost vs. your cheapest contract): alpha x quality "
                                    + "+ (1 - alpha) x costScore, ranked. The contract's scorecard shows value for "
                                    + "money (cost vs. budget), a different number") BigDecimal valueForMoney,
                            Integer rank,
                            BigDecimal qualityPerEuro, BigDecimal bonusMalusAmount, List<ComparisonMonth> monthly) {

    public ComparisonRow {
        monthly = List.copyOf(monthly);
    }

    /**
     * A contract's figures in one month; nulls where the month has no approved submission.
     *
     * @param smallSamples the SLA KPIs whose actual of the month rests on fewer survey responses than their minimum
     *                     sample (not measurable, not in the month's quality)
     */
    public record ComparisonMonth(java.time.YearMonth month, BigDecimal quality, BigDecimal costPerContact,
                                  BigDecimal bonusMalusAmount, java.util.Map<String, BigDecimal> slaActuals,
                                  List<String> smallSamples) {

        public ComparisonMonth {
            smallSamples = List.copyOf(smallSamples);
        }
    }
}
