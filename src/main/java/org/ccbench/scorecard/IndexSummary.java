package org.ccbench.scorecard;

import java.math.BigDecimal;

/**
 * Quality, cost and value for money of the contract in the period (SCORING.md §3), with the scoring profile's
 * weights; each null when the weight coverage is too low ("insufficient data").
 *
 * @param qualityCoverage the share of quality weight with a score, 0–1
 * @param qualityPerEuro  the informational Q / CPC, never ranked
 */
public record IndexSummary(BigDecimal quality, BigDecimal qualityCoverage, BigDecimal cost,
                           BigDecimal valueForMoney, BigDecimal qualityPerEuro) {
}
