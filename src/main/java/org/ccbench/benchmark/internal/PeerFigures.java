package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.scoring.peer.PeerCellSelector;
import org.ccbench.scoring.peer.PeerResult;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.scoring.peer.PeerStatistics;

/** Turns the approved months of a period into a unit's benchmark figure, rounded for display. */
public final class PeerFigures {

    private PeerFigures() {
    }

    /**
     * {@link #of} in each of the periods (a trend), in their order. The periods' exclusions are read first, on the
     * caller's thread and in its transaction; the figures are then computed in parallel.
     */
    public static List<BenchmarkFigure> eachOf(SubmissionUnit unit, Kpi kpi, Breakdown breakdown, String label,
                                               List<PeriodUnits> periods, PeerScope scope) {
        periods.forEach(units -> units.forKpi(kpi));
        return periods.parallelStream().map(units -> of(unit, kpi, breakdown, label, units, scope)).toList();
    }

    /**
     * @param units the period's units, summed once for every KPI
     * @param scope the peer group the member chose
     */
    public static BenchmarkFigure of(SubmissionUnit unit, Kpi kpi, Breakdown breakdown, String label,
                                     PeriodUnits units, PeerScope scope) {
        return units.figure(unit, label, scope, () -> computed(unit, kpi, breakdown, label, units, scope));
    }

    private static BenchmarkFigure computed(SubmissionUnit unit, Kpi kpi, Breakdown breakdown, String label,
                                            PeriodUnits units, PeerScope scope) {
        BenchmarkPeriod period = units.period();
        Map<Long, UnitPeriod> covering = units.forKpi(kpi);
        UnitPeriod subject = covering.get(unit.id());
        if (subject == null) {
            return withoutStatistics(unit, label, period, false, null, null, null, false, Map.of(), false);
        }
        Map<String, BigDecimal> definition = PeerComparison.peerKey(kpi, breakdown, subject);
        if (!subject.sameDefinitionThroughout(kpi, breakdown)) {
            return withoutStatistics(unit, label, period, true, null, null, null, false, definition, true);
        }
        var result = PeerComparison.of(subject, kpi, breakdown, covering.values(), PeerCellSelector.DEFAULT_MIN_N,
                scope);
        BigDecimal own = round(result.ownValue(), kpi);
        if (result.peers() instanceof PeerResult.NoSpread noSpread) {
            return withoutStatistics(unit, label, period, true, own, noSpread.cell(), noSpread.n(),
                    result.smallSample(), definition, false);
        }
        if (!(result.peers() instanceof PeerResult.Comparison comparison)) {
            return withoutStatistics(unit, label, period, true, own, null, null, result.smallSample(), definition,
                    false);
        }
        PeerStatistics statistics = comparison.statistics();
        return new BenchmarkFigure(unit, label, period, true, own, false, codes(comparison.cell()), statistics.n(),
                round(statistics.p10(), kpi), round(statistics.p25(), kpi), round(statistics.median(), kpi),
                round(statistics.p75(), kpi), round(statistics.p90(), kpi), statistics.mean(kpi.displayDecimals()),
                comparison.percentRank() == null ? null : Display.round(comparison.percentRank(), 1),
                result.smallSample(), definition, false);
    }

    /**
     * A figure without peer statistics: no peer cell to compare with ({@code cell} null: insufficient peers), or a
     * cell without spread (A6) that gives only its n.
     */
    private static BenchmarkFigure withoutStatistics(SubmissionUnit unit, String label, BenchmarkPeriod period,
                                                     boolean coversPeriod, BigDecimal own, PeerCell cell, Integer n,
                                                     boolean smallSample, Map<String, BigDecimal> definition,
                                                     boolean definitionChanged) {
        return new BenchmarkFigure(unit, label, period, coversPeriod, own, cell == null,
                cell == null ? null : codes(cell), n, null, null, null, null, null, null, null, smallSample, definition,
                definitionChanged);
    }

    private static BenchmarkFigure.PeerCellCodes codes(PeerCell cell) {
        return new BenchmarkFigure.PeerCellCodes(cell.sourcingCode(), cell.sectorCode(), cell.sizeCode());
    }

    private static BigDecimal round(Rational value, Kpi kpi) {
        return value == null ? null : Display.round(value, kpi.displayDecimals());
    }
}
