package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.SurveySuppression;

/**
 * Decides which cells of one question (or index) may be shown, SCORING.md §2.4: the total and the breakdown cells
 * need {@code min_respondents} organisations (A5), vendor cells {@code min_raters_per_vendor} (A3), and within each
 * level one hidden cell takes the smallest remaining one with it (A2).
 *
 * <p>Vendor cells add up to the cell they partition. When that cell is hidden, showing every vendor cell would reveal
 * it by addition, so the smallest vendor cell is hidden too. SCORING.md does not state this rule; it follows from A2.
 */
final class CellAnonymity {

    private final SurveySuppression suppression;

    CellAnonymity(SurveySuppression suppression) {
        this.suppression = suppression;
    }

    /** @param organisations distinct contributing organisations per column of the plan */
    List<CellVisibility> visibility(ColumnPlan plan, long[] organisations) {
        List<CellVisibility> cells = new ArrayList<>(plan.size());
        boolean totalShown = suppression.respondentRule().shows(organisations[ColumnPlan.TOTAL]);
        cells.add(totalShown ? CellVisibility.SHOWN : CellVisibility.BELOW_MINIMUM);
        cells.addAll(suppression.breakdown(
                Arrays.copyOfRange(organisations, plan.breakdownFrom(), plan.breakdownTo()), totalShown));
        long[] vendorCounts = Arrays.copyOfRange(organisations, plan.vendorFrom(), plan.size());
        if (vendorCounts.length > 0) {
            boolean parentShown = plan.vendorParent() >= 0 && cells.get(plan.vendorParent()).isShown();
            List<CellVisibility> vendors = new ArrayList<>(suppression.vendorBreakdown(vendorCounts, parentShown));
            if (!parentShown && vendors.stream().allMatch(CellVisibility::isShown)) {
                vendors.set(smallest(vendorCounts), CellVisibility.COMPLEMENTARY);
            }
            cells.addAll(vendors);
        }
        return cells;
    }

    private static int smallest(long[] counts) {
        int smallest = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] < counts[smallest]) {
                smallest = i;
            }
        }
        return smallest;
    }
}
