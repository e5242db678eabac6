package org.ccbench.scoring.peer;

/** Whether a breakdown cell may be shown, and if not, why (SCORING.md §2.4). */
public enum CellVisibility {
    /** Enough distinct contributors (A1/A3/A5), some spread, and not needed to protect another cell. */
    SHOWN,
    /** Fewer distinct contributors than the rule's minimum (A1, A3 or A5). */
    BELOW_MINIMUM,
    /**
     * Enough contributors, but hidden so that the cells hidden with it cannot be derived from the total, alone or as a
     * group of fewer than the minimum (A2).
     */
    COMPLEMENTARY,
    /**
     * Enough contributors, but every one reports the same value, so any figure would disclose each one's value (A6):
     * the cell shows its n and "no spread", no figures. For A2 it counts as a suppressed cell.
     */
    NO_SPREAD;

    /** Whether the cell's figures may be shown. */
    public boolean isShown() {
        return this == SHOWN;
    }

    /** Whether the cell's n (its number of contributors) may be shown: with its figures, or as "no spread". */
    public boolean showsCount() {
        return this == SHOWN || this == NO_SPREAD;
    }
}
