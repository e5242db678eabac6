package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.SourcingComparison.Side;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerStatistics;
import org.ccbench.scoring.peer.PeerTable;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * In-house against outsourced for one KPI and period, all organisations being the shown total: each side as the peer
 * table's visibility tree shows it (A1, A2 with the organisations of both sides counted once, A6 no spread), so this tab
 * hides exactly what the Benchmark's peer scopes hide.
 */
public final class SourcingFigures {

    private static final PeerCell ALL = new PeerCell(null, null, null);

    private SourcingFigures() {
    }

    /** A KPI, or one channel or quadrant of it, as the tab lists it. */
    public record Row(Kpi kpi, Breakdown breakdown, String label) {
    }

    /**
     * {@link #of} for each row, in their order: the period's exclusions are read first, on the caller's thread and in
     * its transaction; the rows are then computed in parallel.
     */
    public static List<SourcingComparison> eachOf(List<Row> rows, PeriodUnits units) {
        rows.forEach(row -> units.forKpi(row.kpi()));
        return rows.parallelStream().map(row -> of(row.kpi(), row.breakdown(), row.label(), units)).toList();
    }

    /** @param units the period's units, summed once for every KPI */
    public static SourcingComparison of(Kpi kpi, Breakdown breakdown, String label, PeriodUnits units) {
        var peerKey = PeerComparison.peerKey(kpi, breakdown, KpiParameters.DEFAULTS.forBenchmark());
        PeerTable table = PeerComparison.table(kpi, breakdown, units.forKpi(kpi).values(), PeerAnonymity.defaults());
        return new SourcingComparison(label,
                side(table, new PeerCell(SourcingModel.IN_HOUSE, null, null), peerKey, kpi),
                side(table, new PeerCell(SourcingModel.OUTSOURCED, null, null), peerKey, kpi),
                side(table, ALL, peerKey, kpi));
    }

    private static Side side(PeerTable table, PeerCell cell, Map<String, BigDecimal> peerKey, Kpi kpi) {
        CellVisibility visibility = table.visibility(cell, peerKey);
        if (visibility == CellVisibility.NO_SPREAD) {
            return Side.noSpread(table.organisations(cell, peerKey));
        }
        PeerStatistics statistics = visibility.isShown() ? table.statistics(cell, peerKey) : null;
        if (statistics == null) {
            return Side.hidden();
        }
        int decimals = kpi.displayDecimals();
        return new Side(true, statistics.n(), Display.round(statistics.p25(), decimals),
                Display.round(statistics.median(), decimals), Display.round(statistics.p75(), decimals),
                statistics.mean(decimals));
    }
}
