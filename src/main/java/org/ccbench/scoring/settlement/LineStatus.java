package org.ccbench.scoring.settlement;

/** How an SLA line was settled. */
public enum LineStatus {
    /** Malus and bonus as the formula gives them. */
    MEASURED,
    /**
     * No value, a denominator below {@code min_volume}, or a survey KPI on fewer responses than its {@code min_sample}
     * (SCORING.md §4.1): no malus, no bonus.
     */
    NOT_MEASURABLE,
    /** Volume-protected and offered above the forecast corridor: no malus, bonus still allowed. */
    WAIVED
}
