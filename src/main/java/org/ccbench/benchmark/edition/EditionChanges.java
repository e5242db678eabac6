package org.ccbench.benchmark.edition;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a restated edition changed against the edition before it of the same period (issue 17): per KPI and peer
 * cell the figures before and after, and why, as counts of kinds of change. Figures obey the anonymity rules of the
 * benchmark pages (A1, A2, A6 per edition); the mean is left out, as subtracting means of shown cells from their total
 * could disclose a hidden cell. Only the administrator gets {@link #details()}, the unit-months behind the counts.
 *
 * @param previous null for edition 1, which changed nothing
 */
public record EditionChanges(Edition edition, Edition previous, List<CellChange> cells, List<ReasonCount> reasons,
                             List<ReasonDetail> details) {

    public EditionChanges {
        cells = List.copyOf(cells);
        reasons = List.copyOf(reasons);
        details = List.copyOf(details);
    }

    /** Why figures moved; a member sees how many of each kind, never whose. */
    public enum Kind {
        /** A unit-month approved after the previous edition. */
        APPROVED_SINCE,
        /** A unit-month whose approved revision was replaced by a correction. */
        CORRECTED,
        /** A unit-month in the previous edition that is no longer approved (reopened for a correction). */
        WITHDRAWN,
        /** A unit-month the administrator excluded since (for one KPI or all). */
        EXCLUDED,
        /** An exclusion lifted since. */
        EXCLUSION_LIFTED,
        /** A unit whose peer attributes (sourcing model, sector, size band, channels) changed. */
        PROFILE_CHANGED
    }

    public record ReasonCount(Kind kind, int count) {
    }

    /** For the administrator: one unit-month behind a count; {@code kpi} only for exclusions, {@code *} = all. */
    public record ReasonDetail(Kind kind, String unitLabel, YearMonth month, String kpi) {
    }

    /**
     * One peer cell's figures before and after, each null where that edition does not show the cell.
     *
     * @param definition the peer-key parameters of the cell (e.g. SL {@code threshold_seconds = 20}), empty for most
     */
    public record CellChange(String kpiLabel, Map<String, BigDecimal> definition, String sourcing, String sector,
                             String size, CellFigures before, CellFigures after) {
    }

    /** n, P25, median and P75 of a shown cell; figures null when the cell has no spread (A6: n only). */
    public record CellFigures(int n, BigDecimal p25, BigDecimal median, BigDecimal p75) {
    }
}
