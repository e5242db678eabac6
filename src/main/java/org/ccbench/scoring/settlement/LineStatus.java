package org.ccbench.scoring.settlement;

/** How an SLA line was settled. */
public enum LineStatus {
    /** Malus and bonus as the formula gives them. */
    MEASURED,
    /** No value, or a denominator below {@code min_volume}: no malus, no bonus. */
    NOT_MEASURABLE,
    /** Volume-protected and offered above the forecast corridor: no malus, bonus still allowed. */
    WAIVED
}
