package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.SourcingComparison.Side;
import org.ccbench.kpi.ApprovedMonth;
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

/** In-house against outsourced for one KPI and period, with the total shown and A1/A2 applied to the two sides. */
public final class SourcingFigures {

    private static final PeerCell ALL = new PeerCell(null, null, null);

    private SourcingFigures() {
    }

    /** @param approvedByUnit every unit's approved, not excluded months of the period */
    public static SourcingComparison of(Kpi kpi, Breakdown breakdown, String label, BenchmarkPeriod period,
                                        Map<Long, List<ApprovedMonth>> approvedByUnit) {
        var peerKey = PeerComparison.peerKey(kpi, breakdown, KpiParameters.DEFAULTS.forBenchmark());
        int months = period.months().size();
        List<UnitPeriod> units = approvedByUnit.values().stream().filter(list -> list.size() == months)
                .map(UnitPeriod::of).toList();
        PeerAnonymity anonymity = PeerAnonymity.defaults();
        PeerTable table = PeerComparison.table(kpi, breakdown, units, anonymity);
        PeerCell inHouse = new PeerCell(SourcingModel.IN_HOUSE, null, null);
        PeerCell outsourced = new PeerCell(SourcingModel.OUTSOURCED, null, null);
        boolean totalShown = anonymity.peerRule().shows(table.organisations(ALL, peerKey));
        List<CellVisibility> visibility = anonymity.breakdown(new long[] {table.organisations(inHouse, peerKey),
                table.organisations(outsourced, peerKey)}, totalShown);
        return new SourcingComparison(label, side(table, inHouse, peerKey, visibility.get(0).isShown(), kpi),
                side(table, outsourced, peerKey, visibility.get(1).isShown(), kpi),
                side(table, ALL, peerKey, totalShown, kpi));
    }

    private static Side side(PeerTable table, PeerCell cell, Map<String, BigDecimal> peerKey, boolean shown,
                             Kpi kpi) {
        PeerStatistics statistics = shown ? table.statistics(cell, peerKey) : null;
        if (statistics == null) {
            return Side.hidden();
        }
        int decimals = kpi.displayDecimals();
        return new Side(true, statistics.n(), Display.round(statistics.p25(), decimals),
                Display.round(statistics.median(), decimals), Display.round(statistics.p75(), decimals),
                Display.round(statistics.mean(), decimals));
    }
}
