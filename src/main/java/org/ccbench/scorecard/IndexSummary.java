package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Kpi;

/**
 * Quality, cost and value for money of the contract in the period (SCORING.md §3), with the scoring profile's
 * weights; each null when the weight coverage is too low ("insufficient data"). The cost index is scored against the
 * budget (§1.4 "contract scorecard"), so this is "value for money (cost vs. budget)"; the vendor comparison's is "cost
 * vs. your cheapest contract" ({@link ComparisonRow}).
 *
 * @param qualityCoverage the share of quality weight with a score, 0–1
 * @param qualityPerEuro  the informational Q / CPC, never ranked
 */
public record IndexSummary(
        @Schema(description = "Quality index Q (0-100) from the SLA quality items' target scores; a survey KPI on "
                + "fewer than " + Kpi.SURVEY_MIN_SAMPLE + " responses has no score and is not covered")
        BigDecimal quality,
        @Schema(description = "Share (0-1, 3 decimals) of the quality weight whose items have a score")
        BigDecimal qualityCoverage,
        @Schema(description = "Cost index C (vs. budget): the target score of the cost per contact between the scoring "
                + "profile's price ceiling (0) and budget (100); not the comparison's cost score vs. the cheapest "
                + "contract") BigDecimal cost,
        @Schema(description = "Value for money (cost vs. budget): alpha x Q + (1 - alpha) x the cost index vs. budget. "
                + "The comparison's valueForMoney (cost vs. your cheapest contract) is a different number")
        BigDecimal valueForMoney,
        @Schema(description = "Q / cost per contact, for information, never ranked") BigDecimal qualityPerEuro) {

    /** The quality coverage as a percentage for display: 0.667 → 66.7; null like the coverage. */
    public BigDecimal qualityCoveragePercent() {
        return qualityCoverage == null ? null : qualityCoverage.movePointRight(2);
    }
}
