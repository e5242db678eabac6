package org.ccbench.scoring.survey.significance;

/** The verdict on a difference a − b at 95 % (SCORING.md §5.7). Only HIGHER and LOWER may be shown as up or down. */
public enum Significance {
    /** a is significantly higher than b. */
    HIGHER,
    /** a is significantly lower than b. */
    LOWER,
    /** The interval of a − b contains 0: no significant difference. */
    NOT_SIGNIFICANT,
    /** Too few answers to test (a group with no answer, a mean of fewer than two, or no spread in either group). */
    NOT_TESTABLE;

    /** Whether the difference may be shown as up or down. */
    public boolean isSignificant() {
        return this == HIGHER || this == LOWER;
    }
}
