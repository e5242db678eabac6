package org.ccbench.scoring.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A minimum-contributors rule of SCORING.md §2.4 — A1/A5 (≥ {@code min_respondents} distinct responding
 * organisations per question and breakdown cell, §5.6) or A3 (≥ {@code min_raters_per_vendor} distinct client
 * organisations behind a vendor-level result) — together with A2 complementary suppression for breakdowns.
 *
 * <p>Count the contributors of the figure itself: for a Likert mean or distribution the organisations with a valid
 * answer (n.a. excluded), for a subject's index the raters that have an index.
 *
 * @param minimum the smallest number of distinct contributors a shown cell needs, ≥ 1
 */
public record CellRule(int minimum) {

    public CellRule {
        if (minimum < 1) {
            throw new IllegalArgumentException("a cell rule needs a minimum ≥ 1: " + minimum);
        }
    }

    /** Whether a cell with this many distinct contributors may be shown. */
    public boolean shows(long distinctContributors) {
        return distinctContributors >= minimum;
    }

    /** Whether a cell may be shown, counting the distinct ids (an organisation that answered twice counts once). */
    public boolean shows(Collection<?> contributorIds) {
        Set<?> distinct = contributorIds instanceof Set<?> set ? set : new HashSet<>(contributorIds);
        return shows(distinct.size());
    }

    /**
     * The visibility of each cell of a breakdown, given each cell's distinct-contributor count in listed order
     * (template option order, or XS, S, M, L for size bands). A2: if the total is shown and exactly one cell is below
     * the minimum, the smallest remaining cell is hidden too; equal counts hide the cell listed first.
     */
    public List<CellVisibility> breakdown(long[] distinctContributorsInListedOrder, boolean totalShown) {
        List<CellVisibility> cells = new ArrayList<>(distinctContributorsInListedOrder.length);
        int belowMinimum = 0;
        for (long count : distinctContributorsInListedOrder) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count in a breakdown: " + count);
            }
            boolean shown = shows(count);
            cells.add(shown ? CellVisibility.SHOWN : CellVisibility.BELOW_MINIMUM);
            belowMinimum += shown ? 0 : 1;
        }
        if (totalShown && belowMinimum == 1) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).isShown() && (smallest < 0
                        || distinctContributorsInListedOrder[i] < distinctContributorsInListedOrder[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, CellVisibility.COMPLEMENTARY);
            }
        }
        return List.copyOf(cells);
    }
}
