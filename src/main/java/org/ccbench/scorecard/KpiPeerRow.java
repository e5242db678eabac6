package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Kpi;

/**
 * One SLA KPI of the contract against anonymous peers (the benchmark's figures): null peer figures when no peer cell
 * holds enough organisations.
 *
 * @param peerCell    e.g. {@code outsourced · energy_utilities · all sizes}, in codes: sourcing, sector, size
 * @param smallSample the contract's own value of a survey KPI rests on fewer than {@code min_sample} responses: shown,
 *                    flagged, without a percentile and not among the peers
 */
public record KpiPeerRow(String kpiLabel, BigDecimal value, String peerSourcing, String peerSector, String peerSize,
                         Integer n, BigDecimal median, BigDecimal percentRank,
                         @Schema(description = "The contract's own value rests on fewer than " + Kpi.SURVEY_MIN_SAMPLE
                                 + " survey responses: shown, but not among the peers and without a percentile")
                         boolean smallSample) {
}
