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
 * @param peerPeriod  the benchmark period the contract is compared in ({@code 2026-Q3}, {@code 2026-10}): a year to
 *                    date is compared in its last month, as peers are compared per month, quarter or calendar year
 *                    (SCORING.md §2.2) and a year to date is none of them; null when unknown
 * @param monthsMissing the months of {@code peerPeriod} without an approved submission of the contract: with any, the
 *                    contract has no value to compare (SCORING.md §2.1: every month of the period is needed)
 * @param peerEdition the published benchmark edition the peer figures come from: the latest covering
 *                    {@code peerPeriod}; null for live figures, "live, not yet published" (issue 17)
 */
public record KpiPeerRow(String kpiLabel, BigDecimal value, String peerSourcing, String peerSector, String peerSize,
                         Integer n, BigDecimal median, BigDecimal percentRank,
                         @Schema(description = "The contract's own value rests on fewer than " + Kpi.SURVEY_MIN_SAMPLE
                                 + " survey responses: shown, but not among the peers and without a percentile")
                         boolean smallSample,
                         @Schema(description = "The benchmark period compared in (2026-Q3, 2026-10); a year to date "
                                 + "is compared in its last month") String peerPeriod,
                         @Schema(description = "Months of peerPeriod without an approved submission; with any, the "
                                 + "contract has no value to compare") int monthsMissing,
                         @Schema(description = "The published benchmark edition the peer figures come from; null "
                                 + "when they are live, not yet published") PeerEdition peerEdition) {

    /** A row with live peer figures. */
    public KpiPeerRow(String kpiLabel, BigDecimal value, String peerSourcing, String peerSector, String peerSize,
                      Integer n, BigDecimal median, BigDecimal percentRank, boolean smallSample, String peerPeriod,
                      int monthsMissing) {
        this(kpiLabel, value, peerSourcing, peerSector, peerSize, n, median, percentRank, smallSample, peerPeriod,
                monthsMissing, null);
    }

    /** A row without its peer period (tests, older callers). */
    public KpiPeerRow(String kpiLabel, BigDecimal value, String peerSourcing, String peerSector, String peerSize,
                      Integer n, BigDecimal median, BigDecimal percentRank, boolean smallSample) {
        this(kpiLabel, value, peerSourcing, peerSector, peerSize, n, median, percentRank, smallSample, null, 0);
    }
}
