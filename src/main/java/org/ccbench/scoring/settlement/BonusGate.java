package org.ccbench.scoring.settlement;

/** Whether a bonus is paid in a month with malus (SCORING.md §4.1 {@code bonus_gate}). */
public enum BonusGate {
    /** Bonus and malus are netted. */
    NONE,
    /** No bonus at all in a month with any malus. */
    NO_MALUS
}
