package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerCellSelector;
import org.ccbench.scoring.peer.PeerResult;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.scoring.peer.PeerStatistics;

/** Turns the approved months of a period into a unit's benchmark figure, rounded for display. */
public final class PeerFigures {

    private PeerFigures() {
    }

    /**
     * @param approvedByUnit every unit's approved, not excluded months of the period, in month order
     * @param scope          the peer group the member chose
     */
    public static BenchmarkFigure of(SubmissionUnit unit, Kpi kpi, Breakdown breakdown, String label,
                                     BenchmarkPeriod period, Map<Long, List<ApprovedMonth>> approvedByUnit,
                                     PeerScope scope) {
        int months = period.months().size();
        List<UnitPeriod> covering = approvedByUnit.values().stream().filter(list -> list.size() == months)
                .map(UnitPeriod::of).toList();
        UnitPeriod subject = covering.stream().filter(found -> found.unitId() == unit.id()).findFirst().orElse(null);
        if (subject == null) {
            return new BenchmarkFigure(unit, label, period, false, null, true, null, null, null, null, null, null,
                    null, null, null, false, Map.of(), false);
        }
        Map<String, BigDecimal> definition = PeerComparison.peerKey(kpi, breakdown, subject);
        if (!subject.sameDefinitionThroughout(kpi, breakdown)) {
            return new BenchmarkFigure(unit, label, period, true, null, true, null, null, null, null, null, null,
                    null, null, null, false, definition, true);
        }
        var result = PeerComparison.of(subject, kpi, breakdown, covering, PeerCellSelector.DEFAULT_MIN_N,
                scope);
        BigDecimal own = round(result.ownValue(), kpi);
        if (result.peers() instanceof PeerResult.NoSpread noSpread) {
            var cell = noSpread.cell();
            return new BenchmarkFigure(unit, label, period, true, own, false, new BenchmarkFigure.PeerCellCodes(
                    cell.sourcingCode(), cell.sectorCode(), cell.sizeCode()), noSpread.n(), null, null, null, null,
                    null, null, null, result.smallSample(), definition, false);
        }
        if (!(result.peers() instanceof PeerResult.Comparison comparison)) {
            return new BenchmarkFigure(unit, label, period, true, own, true, null, null, null, null, null, null,
                    null, null, null, result.smallSample(), definition, false);
        }
        PeerStatistics statistics = comparison.statistics();
        var cell = comparison.cell();
        return new BenchmarkFigure(unit, label, period, true, own, false, new BenchmarkFigure.PeerCellCodes(
                cell.sourcingCode(), cell.sectorCode(), cell.sizeCode()), statistics.n(),
                round(statistics.p10(), kpi), round(statistics.p25(), kpi), round(statistics.median(), kpi),
                round(statistics.p75(), kpi), round(statistics.p90(), kpi), round(statistics.mean(), kpi),
                comparison.percentRank() == null ? null : Display.round(comparison.percentRank(), 1),
                result.smallSample(), definition, false);
    }

    private static BigDecimal round(Rational value, Kpi kpi) {
        return value == null ? null : Display.round(value, kpi.displayDecimals());
    }
}
