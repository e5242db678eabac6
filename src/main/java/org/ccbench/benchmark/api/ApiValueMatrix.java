package org.ccbench.benchmark.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's contacts by reason over the value matrix beside its peers, as the Benchmark page's value-matrix tab shows
 * them (KPIS.md: VMX, AVC, RCC): each quadrant's share, the avoidable-contact rate and the reason-code coverage, each
 * figure exactly as {@code /units/{unitId}/figure} gives that KPI (every figure the page hides is null, with why).
 *
 * @param quadrants      eliminate, simplify, automate, leverage in that order ({@code VMX[eliminate]} …)
 * @param avoidable      AVC, eliminate + automate; lower is better
 * @param coverage       RCC, the share of handled contacts that were reason-coded at all
 * @param ownUnnecessary the unit's eliminate + simplify share (percent) as the page writes it; null without
 *                       reason-coded contacts
 */
record ApiValueMatrix(long unitId, String period, String scope, ApiEditionRef edition,
                      List<ApiBenchmarkFigure> quadrants, ApiBenchmarkFigure avoidable, ApiBenchmarkFigure coverage,
                      BigDecimal ownUnnecessary) {
}
