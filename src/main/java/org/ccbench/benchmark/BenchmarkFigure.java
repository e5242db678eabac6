package org.ccbench.benchmark;

import java.math.BigDecimal;
import java.util.Map;
import org.ccbench.kpi.SubmissionUnit;

/**
 * One unit's KPI for a period beside its peers, rounded for display (SCORING.md §0). Peer figures are null when
 * {@link #insufficientPeers()}, and when the cell has {@link #noSpread() no spread} (A6: only the cell and its n);
 * P10 and P90 are null below 10 organisations; minimum and maximum are never given.
 *
 * @param ownValue    the unit's own value, always shown (A4); null when the KPI has no value or the unit's
 *                    approved months do not cover the period
 * @param peerCell    the cell used: its sourcing model, sector and size band codes, {@code all} where widened
 * @param percentRank the unit's mid-rank percentile among its peers (§1.1); null for a neutral KPI and for a small
 *                    sample
 * @param smallSample the own value of a survey KPI rests on fewer than {@code min_sample} (50) responses in the period:
 *                    shown to the unit with a "small sample" flag, but it is no peer observation and gets no percentile
 * @param definition  the KPI definition the unit was measured with that peers must share (§2.2 peer key), e.g.
 *                    {@code threshold_seconds = 30} for SL: only peers measured with the same value are compared;
 *                    empty for a KPI without one
 * @param definitionChanged the unit's definition for this KPI changed within the period, so the period has no value
 *                    to compare (a month or a period after the change has)
 */
public record BenchmarkFigure(SubmissionUnit unit, String kpi, BenchmarkPeriod period, boolean coversPeriod,
                              BigDecimal ownValue, boolean insufficientPeers, PeerCellCodes peerCell, Integer n,
                              BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p90,
                              BigDecimal mean, BigDecimal percentRank, boolean smallSample,
                              Map<String, BigDecimal> definition, boolean definitionChanged) {

    public BenchmarkFigure {
        definition = definition == null ? Map.of() : Map.copyOf(definition);
    }

    /**
     * A6: the peer cell holds enough organisations but every one reports the same value, so neither its quartiles and
     * mean nor the unit's percentile rank are given, only the cell and n.
     */
    public boolean noSpread() {
        return coversPeriod && !insufficientPeers && peerCell != null && median == null;
    }

    /** {@code in_house}/{@code outsourced}/{@code all}, a sector code or {@code all}, XS–L or {@code all}. */
    public record PeerCellCodes(String sourcing, String sector, String size) {
    }
}
