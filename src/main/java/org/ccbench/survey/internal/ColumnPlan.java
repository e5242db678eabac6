package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;

/**
 * Which columns a campaign's results have and which responses fall in each: the total (column 0), one level of
 * breakdown cells that partition the responses, and optionally vendor cells that partition one of those (or the
 * total). Anonymity rules are applied level by level, so a hidden cell can never be derived from its siblings.
 */
final class ColumnPlan {

    static final int TOTAL = 0;
    private static final int NONE = -1;

    private final List<ResultColumn> columns;
    private final int breakdownFrom;
    private final int breakdownTo;
    private final int vendorFrom;
    private final int vendorParent;
    private final int[] breakdownOf;
    private final int[] vendorOf;
    private final java.util.Map<String, Long> vendorIdByKey;

    private ColumnPlan(List<ResultColumn> columns, int breakdownFrom, int breakdownTo, int vendorParent,
                       int[] breakdownOf, int[] vendorOf, java.util.Map<String, Long> vendorIdByKey) {
        this.vendorIdByKey = java.util.Map.copyOf(vendorIdByKey);
        this.columns = List.copyOf(columns);
        this.breakdownFrom = breakdownFrom;
        this.breakdownTo = breakdownTo;
        this.vendorFrom = breakdownTo;
        this.vendorParent = vendorParent;
        this.breakdownOf = breakdownOf;
        this.vendorOf = vendorOf;
    }

    /**
     * @param totalLabel   the total column's label
     * @param breakdown    one level of cells in listed order: each response's cell key (never null)
     * @param vendors      vendor cells in listed order (empty for none), each response's vendor key or null, and
     *                     the breakdown key of the cell the vendors partition (null: the total)
     */
    static ColumnPlan of(List<StoredResponse> responses, String totalLabel, Level breakdown, Level vendors,
                         String vendorParentKey) {
        List<ResultColumn> columns = new ArrayList<>();
        columns.add(new ResultColumn(BreakdownKind.TOTAL, "total", totalLabel));
        int breakdownFrom = columns.size();
        columns.addAll(breakdown.columns());
        int breakdownTo = columns.size();
        columns.addAll(vendors.columns());
        int[] breakdownOf = breakdown.assign(responses, breakdownFrom);
        int[] vendorOf = vendors.assign(responses, breakdownTo);
        int parent = TOTAL;
        if (vendorParentKey != null) {
            parent = NONE;
            for (int i = breakdownFrom; i < breakdownTo; i++) {
                if (columns.get(i).key().equals(vendorParentKey)) {
                    parent = i;
                }
            }
        }
        return new ColumnPlan(columns, breakdownFrom, breakdownTo, parent, breakdownOf, vendorOf,
                java.util.Map.of());
    }

    /**
     * The same plan, knowing which vendor each vendor column's key stands for: the key carries a letter that holds
     * within one report only, so waves match vendor columns by id (never shown).
     */
    ColumnPlan withVendorIds(java.util.Map<String, Long> vendorIdByKey) {
        return new ColumnPlan(columns, breakdownFrom, breakdownTo, vendorParent, breakdownOf, vendorOf,
                vendorIdByKey);
    }

    /** The vendor behind a vendor column's key, or null. */
    Long vendorIdOf(String key) {
        return vendorIdByKey.get(key);
    }

    /** A level of cells: their columns in listed order and a function giving each response's cell key. */
    record Level(List<ResultColumn> columns, Function<StoredResponse, String> keyOf) {

        static Level none() {
            return new Level(List.of(), response -> null);
        }

        int[] assign(List<StoredResponse> responses, int firstColumn) {
            int[] cells = new int[responses.size()];
            for (int r = 0; r < cells.length; r++) {
                String key = keyOf.apply(responses.get(r));
                cells[r] = NONE;
                for (int c = 0; key != null && c < columns.size(); c++) {
                    if (columns.get(c).key().equals(key)) {
                        cells[r] = firstColumn + c;
                    }
                }
            }
            return cells;
        }
    }

    List<ResultColumn> columns() {
        return columns;
    }

    int size() {
        return columns.size();
    }

    int breakdownFrom() {
        return breakdownFrom;
    }

    int breakdownTo() {
        return breakdownTo;
    }

    int vendorFrom() {
        return vendorFrom;
    }

    int vendorParent() {
        return vendorParent;
    }

    /** The columns response {@code r} falls in: the total, its breakdown cell and its vendor cell if any. */
    int[] columnsOf(int r) {
        int breakdown = breakdownOf[r];
        int vendor = vendorOf[r];
        if (breakdown == NONE && vendor == NONE) {
            return new int[] {TOTAL};
        }
        if (vendor == NONE) {
            return new int[] {TOTAL, breakdown};
        }
        if (breakdown == NONE) {
            return new int[] {TOTAL, vendor};
        }
        return new int[] {TOTAL, breakdown, vendor};
    }
}
