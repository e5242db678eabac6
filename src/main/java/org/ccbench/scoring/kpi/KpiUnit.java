package org.ccbench.scoring.kpi;

import java.util.Locale;

/**
 * The unit of a KPI value, with its display decimals of SCORING.md §0: percentages and points 1, seconds and counts
 * 0, EUR 2. (CES, a mean on 1–7, overrides this with 2: see {@link Kpi#displayDecimals()}.)
 */
public enum KpiUnit {
    PERCENT(1), SECONDS(0), POINTS(1), PER_1000(1), COUNT(0), EUR(2);

    private final int displayDecimals;

    KpiUnit(int displayDecimals) {
        this.displayDecimals = displayDecimals;
    }

    /** {@code percent}, {@code per_1000} … as in the catalogue. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int displayDecimals() {
        return displayDecimals;
    }
}
