package org.ccbench.benchmark.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.ccbench.benchmark.SourcingComparison;

/**
 * One KPI in-house against outsourced and both together, as the benchmark page's table shows it: each side's median
 * with P25–P75 and n; a side without spread shows n only; a hidden side shows nothing.
 */
record ApiSourcingRow(String kpi, String kpiName, String unit, int decimals, ApiEditionRef edition, Side inHouse,
                      Side outsourced, Side all) {

    /**
     * @param withheld null when the figures are shown; {@code no_spread} (n only) or {@code anonymity} (nothing: too
     *                 few organisations, or the side could be derived from the total and the other side, A1/A2)
     */
    @Schema(name = "SourcingSide")
    record Side(Integer n, BigDecimal p25, BigDecimal median, BigDecimal p75, String withheld) {

        static Side of(SourcingComparison.Side side) {
            if (side.noSpread()) {
                return new Side(side.n(), null, null, null, ApiBenchmarkFigure.NO_SPREAD);
            }
            return side.shown() ? new Side(side.n(), side.p25(), side.median(), side.p75(), null)
                    : new Side(null, null, null, null, "anonymity");
        }
    }
}
