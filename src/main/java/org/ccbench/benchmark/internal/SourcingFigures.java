package org.ccbench.benchmark.internal;

import java.util.ArrayList;
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
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.peer.PeerAnonymity;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerStatistics;
import org.ccbench.scoring.peer.SourcingModel;

/** In-house against outsourced for one KPI and period, with the total shown and A1/A2 applied to the two sides. */
public final class SourcingFigures {

    private SourcingFigures() {
    }

    /** @param approvedByUnit every unit's approved, not excluded months of the period */
    public static SourcingComparison of(Kpi kpi, Breakdown breakdown, String label, BenchmarkPeriod period,
                                        Map<Long, List<ApprovedMonth>> approvedByUnit) {
        KpiParameters definitions = KpiParameters.DEFAULTS.forBenchmark();
        var peerKey = PeerComparison.peerKey(kpi, breakdown, definitions);
        int months = period.months().size();
        List<UnitPeriod> units = approvedByUnit.values().stream().filter(list -> list.size() == months)
                .map(UnitPeriod::of).filter(unit -> PeerComparison.peerKey(kpi, breakdown, unit).equals(peerKey))
                .toList();
        List<Map<Long, Rational>> sides = new ArrayList<>();
        for (SourcingModel sourcing : List.of(SourcingModel.IN_HOUSE, SourcingModel.OUTSOURCED)) {
            sides.add(PeerComparison.valuePerOrganisation(new PeerCell(sourcing, null, null), units, kpi, breakdown,
                    definitions));
        }
        Map<Long, Rational> all = PeerComparison.valuePerOrganisation(new PeerCell(null, null, null), units, kpi,
                breakdown, definitions);
        PeerAnonymity anonymity = PeerAnonymity.defaults();
        boolean totalShown = anonymity.peerRule().shows(all.size());
        List<CellVisibility> visibility = anonymity.breakdown(new long[] {sides.get(0).size(), sides.get(1).size()},
                totalShown);
        return new SourcingComparison(label, side(sides.get(0), visibility.get(0).isShown(), kpi),
                side(sides.get(1), visibility.get(1).isShown(), kpi), side(all, totalShown, kpi));
    }

    private static Side side(Map<Long, Rational> values, boolean shown, Kpi kpi) {
        if (!shown || values.isEmpty()) {
            return Side.hidden();
        }
        PeerStatistics statistics = PeerStatistics.of(new ArrayList<>(values.values()));
        int decimals = kpi.displayDecimals();
        return new Side(true, statistics.n(), Display.round(statistics.p25(), decimals),
                Display.round(statistics.median(), decimals), Display.round(statistics.p75(), decimals),
                Display.round(statistics.mean(), decimals));
    }
}
