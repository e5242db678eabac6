package org.ccbench.scoring.peer;

/** Whether a breakdown cell may be shown, and if not, why (SCORING.md §2.4). */
public enum CellVisibility {
    /** Enough distinct contributors (A1/A3/A5) and not needed to protect another cell. */
    SHOWN,
    /** Fewer distinct contributors than the rule's minimum (A1, A3 or A5). */
    BELOW_MINIMUM,
    /** Enough contributors, but hidden so that the one cell below the minimum cannot be derived from the total (A2). */
    COMPLEMENTARY;

    public boolean isShown() {
        return this == SHOWN;
    }
}
