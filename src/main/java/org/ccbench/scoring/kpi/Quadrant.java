package org.ccbench.scoring.kpi;

import java.util.List;
import java.util.Locale;

/**
 * The value-matrix quadrants of KPIS.md, in catalogue order. Eliminate and automate count as avoidable for an assisted
 * channel (AVC).
 */
public enum Quadrant implements Breakdown {
    ELIMINATE, SIMPLIFY, AUTOMATE, LEVERAGE;

    public static final List<Quadrant> ALL = List.of(values());

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAvoidable() {
        return this == ELIMINATE || this == AUTOMATE;
    }

    public static Quadrant ofCode(String code) {
        for (Quadrant quadrant : values()) {
            if (quadrant.code().equals(code)) {
                return quadrant;
            }
        }
        throw new IllegalArgumentException("unknown value-matrix quadrant '" + code + "'");
    }
}
