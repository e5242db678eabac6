package org.ccbench.scorecard;

import java.math.BigDecimal;

/**
 * One SLA KPI of the contract against anonymous peers (the benchmark's figures): null peer figures when no peer cell
 * holds enough organisations.
 *
 * @param peerCell e.g. {@code outsourced · energy_utilities · all sizes}, in codes: sourcing, sector, size
 */
public record KpiPeerRow(String kpiLabel, BigDecimal value, String peerSourcing, String peerSector, String peerSize,
                         Integer n, BigDecimal median, BigDecimal percentRank) {
}
