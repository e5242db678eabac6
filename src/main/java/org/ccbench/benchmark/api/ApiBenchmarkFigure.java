package org.ccbench.benchmark.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;

/**
 * One unit's KPI for a period beside its peers, exactly as the benchmark page shows it (SCORING.md §1.1, §2.4): every
 * figure the page hides is null here, and {@code withheld} names each null figure with the reason, so a client never
 * has to guess whether a value is missing or protected.
 *
 * @param kpi         the KPI label, {@code SL[phone]}
 * @param kpiName     the KPI as people read it, "Service level · phone"
 * @param unit        the catalogue unit of every value: {@code percent}, {@code seconds}, {@code eur} …
 * @param decimals    the display decimals every value is rounded to (SCORING.md §0)
 * @param scope       the peer group asked for: {@code automatic} (closest cell with enough peers), {@code everyone} …
 * @param peerCell    the cell compared with; null when there are no peers to show
 * @param n           the organisations in the peer cell; null when there are no peers to show
 * @param definition  the definition peers must share, e.g. {@code threshold_seconds = 30}
 * @param withheld    each figure that is null, with why: {@code period_not_covered}, {@code definition_changed},
 *                    {@code no_value}, {@code insufficient_peers}, {@code no_spread}, {@code fewer_than_10_peers},
 *                    {@code small_sample}, {@code neutral_kpi}
 */
record ApiBenchmarkFigure(long unitId, String unitName, String kpi, String kpiName, String unit, int decimals,
                          String period, String scope, ApiEditionRef edition, BigDecimal ownValue,
                          boolean smallSample, ApiPeerCell peerCell, Integer n, BigDecimal p10, BigDecimal p25,
                          BigDecimal median, BigDecimal p75, BigDecimal p90, BigDecimal mean,
                          BigDecimal percentRank, Map<String, BigDecimal> definition, Map<String, String> withheld) {

    static final String PERIOD_NOT_COVERED = "period_not_covered";
    static final String DEFINITION_CHANGED = "definition_changed";
    static final String NO_VALUE = "no_value";
    static final String INSUFFICIENT_PEERS = "insufficient_peers";
    static final String NO_SPREAD = "no_spread";
    static final String FEWER_THAN_10_PEERS = "fewer_than_10_peers";
    static final String SMALL_SAMPLE = "small_sample";
    static final String NEUTRAL_KPI = "neutral_kpi";

    /**
     * The figure as the page renders it: when the unit's months do not cover the period, or its definition changed
     * within it, the page shows that sentence and nothing else; with too few peers no cell; without spread the cell
     * and n only.
     */
    static ApiBenchmarkFigure of(BenchmarkFigure figure, String kpiName, String scope, ApiEditionRef edition,
                                 Locale locale) {
        Kpi kpi = kpiOf(figure.kpi());
        Map<String, String> withheld = new LinkedHashMap<>();
        String nothing = !figure.coversPeriod() ? PERIOD_NOT_COVERED
                : figure.definitionChanged() ? DEFINITION_CHANGED : null;
        if (nothing != null) {
            for (String name : new String[] {"ownValue", "peerCell", "n", "p10", "p25", "median", "p75", "p90", "mean",
                    "percentRank"}) {
                withheld.put(name, nothing);
            }
            return new ApiBenchmarkFigure(figure.unit().id(), figure.unit().name(), figure.kpi(), kpiName,
                    kpi.unit().code(), kpi.displayDecimals(), figure.period().label(), scope, edition, null, false,
                    null, null, null, null, null, null, null, null, null, Map.of(), withheld);
        }
        if (figure.ownValue() == null) {
            withheld.put("ownValue", NO_VALUE);
        }
        boolean peers = !figure.insufficientPeers() && figure.peerCell() != null;
        boolean statistics = peers && !figure.noSpread();
        String peerReason = figure.insufficientPeers() ? INSUFFICIENT_PEERS : NO_SPREAD;
        if (!peers) {
            withheld.put("peerCell", INSUFFICIENT_PEERS);
            withheld.put("n", INSUFFICIENT_PEERS);
        }
        if (!statistics) {
            for (String name : new String[] {"p10", "p25", "median", "p75", "p90", "mean"}) {
                withheld.put(name, peerReason);
            }
        } else if (figure.p10() == null) {
            withheld.put("p10", FEWER_THAN_10_PEERS);
            withheld.put("p90", FEWER_THAN_10_PEERS);
        }
        BigDecimal rank = statistics ? figure.percentRank() : null;
        if (rank == null) {
            withheld.put("percentRank", !statistics ? peerReason : figure.smallSample() ? SMALL_SAMPLE
                    : kpi.direction() == Direction.NEUTRAL ? NEUTRAL_KPI : NO_VALUE);
        }
        return new ApiBenchmarkFigure(figure.unit().id(), figure.unit().name(), figure.kpi(), kpiName,
                kpi.unit().code(), kpi.displayDecimals(), figure.period().label(), scope, edition, figure.ownValue(),
                figure.smallSample(), peers ? ApiPeerCell.of(figure.peerCell(), locale) : null,
                peers ? figure.n() : null, statistics ? figure.p10() : null, statistics ? figure.p25() : null,
                statistics ? figure.median() : null, statistics ? figure.p75() : null,
                statistics ? figure.p90() : null, statistics ? figure.mean() : null, rank, figure.definition(),
                withheld);
    }

    static Kpi kpiOf(String label) {
        int bracket = label.indexOf('[');
        return Kpi.ofCode(bracket < 0 ? label : label.substring(0, bracket));
    }
}
