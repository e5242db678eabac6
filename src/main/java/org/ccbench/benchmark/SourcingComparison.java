package org.ccbench.benchmark;

import java.math.BigDecimal;

/**
 * One KPI for a period, in-house against outsourced (all sectors, all sizes) and both together, at the catalogue's
 * default definitions. A side that would expose an organisation, or could be derived from the total and the other
 * side, is hidden (A1, A2); a side whose organisations all report the same value shows only its n (A6).
 */
public record SourcingComparison(String kpi, Side inHouse, Side outsourced, Side all) {

    /**
     * The peer statistics of one side; or {@code shown == false} with nothing else; or, with no spread, {@code shown ==
     * false} and only {@code n}.
     */
    public record Side(boolean shown, Integer n, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal mean) {

        public static Side hidden() {
            return new Side(false, null, null, null, null, null);
        }

        /** A6: enough organisations, all with the same value: n and no figures. */
        public static Side noSpread(int n) {
            return new Side(false, n, null, null, null, null);
        }

        public boolean noSpread() {
            return !shown && n != null;
        }
    }
}
