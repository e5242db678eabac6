package org.ccbench.scoring.kpi;

import java.util.Locale;

/** Why a derived KPI has no value, so a view can show "–" and say why. */
public enum NullReason {
    /** The denominator is 0: nothing happened to measure (no contacts offered, no survey answers, no headcount …). */
    NO_TRAFFIC,
    /** An input the formula needs was not supplied (not the same as 0). */
    INPUT_MISSING;

    /** {@code no_traffic} or {@code input_missing}, e.g. for a translation key. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
