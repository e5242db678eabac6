package org.ccbench.scoring.kpi;

import java.util.Locale;

/** Which way is better for a KPI; neutral KPIs (OCC, VOL, CHS, VMX, WAGE) get peer bands but are never scored. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

    /** {@code higher_is_better}, {@code lower_is_better} or {@code neutral}, as in the catalogue. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isScored() {
        return this != NEUTRAL;
    }
}
