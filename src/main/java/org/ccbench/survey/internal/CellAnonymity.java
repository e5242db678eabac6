package org.ccbench.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.ccbench.scoring.peer.BreakdownCells;
import org.ccbench.scoring.peer.CellRule;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.SurveySuppression;

/**
 * Decides which cells of one question (or index) may be shown, SCORING.md §2.4: the total and the breakdown cells
 * need {@code min_respondents} organisations (A5), vendor cells {@code min_raters_per_vendor} (A3), a number
 * question's cell whose answers are all equal shows "no spread" (A6), and within each dimension the suppressed cells
 * number at least two and hold the minimum together (A2, {@link CellRule}), so that the shown total minus the shown
 * cells never discloses a cell or a small group.
 *
 * <p>Vendor cells partition the outsourced cell (or the total). Under a shown parent, the hidden vendor cells (with the
 * parent's responses that name no vendor) must hold {@code min_raters_per_vendor} organisations together. Under a
 * hidden parent with the total shown, a reader subtracts the shown breakdown cells and the shown vendor cells from the
 * total: what is left (the hidden breakdown cells, the hidden vendors, responses in no cell) must hold
 * {@code min_respondents}. Under a hidden parent and a hidden total, the vendor cells must not add up to the parent,
 * so when every one of them would show, the smallest is hidden.
 */
final class CellAnonymity {

    private final SurveySuppression suppression;

    CellAnonymity(SurveySuppression suppression) {
        this.suppression = suppression;
    }

    /**
     * What one question (or index) may show: each column's visibility and distinct contributing organisations.
     *
     * @param organisations per column, shown or not (a hidden count must not leave the service)
     */
    record Visibility(List<CellVisibility> cells, long[] organisations) {
    }

    /**
     * @param columnsOf      per response, the plan's columns it falls in (the total first)
     * @param organisationOf per response, its organisation (respondent key) as a small number
     * @param contributes    per response, whether it counts for the figures (a valid answer, an index value)
     * @param values         per response, its number answer where A6 applies (number questions), else {@code null}
     */
    Visibility visibility(ColumnPlan plan, int[][] columnsOf, int[] organisationOf, boolean[] contributes,
                          BigDecimal[] values) {
        Columns columns = new Columns(plan.size(), columnsOf, organisationOf, contributes, values);
        CellVisibility[] cells = new CellVisibility[plan.size()];
        cells[ColumnPlan.TOTAL] = suppression.respondentRule().visibility(columns.organisations[ColumnPlan.TOTAL],
                columns.noSpread(ColumnPlan.TOTAL));

        int[] breakdown = range(plan.breakdownFrom(), plan.breakdownTo());
        put(cells, breakdown, suppression.respondentRule().breakdown(
                columns.dimension(breakdown, columns.outside(ColumnPlan.TOTAL, breakdown, new int[0])),
                cells[ColumnPlan.TOTAL]));

        int[] vendors = range(plan.vendorFrom(), plan.size());
        if (vendors.length > 0) {
            put(cells, vendors, vendorVisibility(plan, columns, cells, breakdown, vendors));
        }
        return new Visibility(List.of(cells), columns.organisations);
    }

    private List<CellVisibility> vendorVisibility(ColumnPlan plan, Columns columns, CellVisibility[] cells,
                                                  int[] breakdown, int[] vendors) {
        CellRule raters = suppression.vendorRule();
        int parent = plan.vendorParent();
        CellVisibility parentVisibility = parent < 0 ? CellVisibility.BELOW_MINIMUM : cells[parent];
        if (parentVisibility.showsCount()) {
            return raters.breakdown(columns.dimension(vendors, columns.outside(parent, vendors, new int[0])),
                    parentVisibility, suppression.minRatersPerVendor());
        }
        CellVisibility total = cells[ColumnPlan.TOTAL];
        if (total.showsCount()) {
            // subtracted from the total: every breakdown cell whose count is shown, except the hidden parent
            int[] subtracted = Arrays.stream(breakdown).filter(c -> c != parent && cells[c].showsCount()).toArray();
            return raters.breakdown(columns.dimension(vendors, columns.outside(ColumnPlan.TOTAL, vendors, subtracted)),
                    total, suppression.minRespondents());
        }
        List<CellVisibility> visibility = new ArrayList<>(raters.breakdown(
                columns.dimension(vendors, columns.outside(ColumnPlan.TOTAL, vendors, new int[0])),
                CellVisibility.BELOW_MINIMUM));
        boolean addUpToParent = parent >= 0 && columns.outside(parent, vendors, new int[0]).isEmpty()
                && columns.organisations[parent] > 0;
        for (int i = 0; i < vendors.length; i++) {
            addUpToParent &= visibility.get(i).showsCount() || columns.organisations[vendors[i]] == 0;
        }
        if (addUpToParent) {
            int smallest = -1;
            for (int i = 0; i < vendors.length; i++) {
                if (visibility.get(i).showsCount() && (smallest < 0
                        || columns.organisations[vendors[i]] < columns.organisations[vendors[smallest]])) {
                    smallest = i;
                }
            }
            visibility.set(smallest, CellVisibility.COMPLEMENTARY);
        }
        return visibility;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static void put(CellVisibility[] cells, int[] columns, List<CellVisibility> visibility) {
        for (int i = 0; i < columns.length; i++) {
            cells[columns[i]] = visibility.get(i);
        }
    }

    /** Each column's contributing organisations and, for A6, the lowest and highest number answer in it. */
    private static final class Columns {

        private final int[][] columnsOf;
        private final int[] organisationOf;
        private final boolean[] contributes;
        private final BigDecimal[] values;
        private final BitSet[] members;
        private final long[] organisations;
        private final Range[] ranges;

        Columns(int size, int[][] columnsOf, int[] organisationOf, boolean[] contributes, BigDecimal[] values) {
            this.columnsOf = columnsOf;
            this.organisationOf = organisationOf;
            this.contributes = contributes;
            this.values = values;
            members = new BitSet[size];
            ranges = new Range[size];
            for (int c = 0; c < size; c++) {
                members[c] = new BitSet();
                ranges[c] = new Range();
            }
            for (int r = 0; r < contributes.length; r++) {
                if (contributes[r]) {
                    for (int c : columnsOf[r]) {
                        members[c].set(organisationOf[r]);
                        ranges[c].add(value(r));
                    }
                }
            }
            organisations = Arrays.stream(members).mapToLong(BitSet::cardinality).toArray();
        }

        /** Response {@code r}'s number answer where A6 applies, else {@code null}. */
        private BigDecimal value(int r) {
            return values == null ? null : values[r];
        }

        boolean noSpread(int column) {
            return ranges[column].noSpread();
        }

        /**
         * The contributing responses of {@code parent} that fall in none of {@code cells} and none of
         * {@code subtracted}: a reader who takes the shown cells from the parent gets them with the hidden ones.
         */
        Rest outside(int parent, int[] cells, int[] subtracted) {
            Rest rest = new Rest();
            for (int r = 0; r < contributes.length; r++) {
                if (contributes[r] && contains(columnsOf[r], parent) && !containsAny(columnsOf[r], cells)
                        && !containsAny(columnsOf[r], subtracted)) {
                    rest.organisations.set(organisationOf[r]);
                    rest.range.add(value(r));
                }
            }
            return rest;
        }

        BreakdownCells dimension(int[] cells, Rest rest) {
            return new BreakdownCells() {
                @Override
                public int size() {
                    return cells.length;
                }

                @Override
                public long organisations(int cell) {
                    return organisations[cells[cell]];
                }

                @Override
                public long organisationsIn(BitSet group) {
                    BitSet together = (BitSet) rest.organisations.clone();
                    group.stream().forEach(cell -> together.or(members[cells[cell]]));
                    return together.cardinality();
                }

                @Override
                public boolean hasRest() {
                    return !rest.isEmpty();
                }

                @Override
                public boolean noSpread(int cell) {
                    return Columns.this.noSpread(cells[cell]);
                }

                /** Number answers only: every nonempty part has answers, and they are all one and the same. */
                @Override
                public boolean noSpreadIn(BitSet group) {
                    List<Range> parts = new ArrayList<>();
                    group.stream().forEach(cell -> parts.add(ranges[cells[cell]]));
                    if (!rest.isEmpty()) {
                        parts.add(rest.range);
                    }
                    Range together = new Range();
                    for (Range part : parts) {
                        if (part.isEmpty()) {
                            return false;
                        }
                        together.add(part);
                    }
                    return together.noSpread();
                }
            };
        }

        private static boolean contains(int[] columns, int column) {
            for (int c : columns) {
                if (c == column) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsAny(int[] columns, int[] wanted) {
            for (int c : wanted) {
                if (contains(columns, c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Contributing organisations of a parent that fall in none of a dimension's cells, with their answers' range. */
    private static final class Rest {

        private final BitSet organisations = new BitSet();
        private final Range range = new Range();

        boolean isEmpty() {
            return organisations.isEmpty();
        }
    }

    /** The lowest and highest number answer of a group of responses, for A6. */
    private static final class Range {

        private BigDecimal lowest;
        private BigDecimal highest;

        /** Widens the range to {@code value}; {@code null} (no number answer) leaves it as it is. */
        void add(BigDecimal value) {
            if (value != null) {
                lowest = lowest == null || value.compareTo(lowest) < 0 ? value : lowest;
                highest = highest == null || value.compareTo(highest) > 0 ? value : highest;
            }
        }

        void add(Range other) {
            add(other.lowest);
            add(other.highest);
        }

        boolean isEmpty() {
            return lowest == null;
        }

        /** Whether there is an answer and every answer is the same. */
        boolean noSpread() {
            return lowest != null && lowest.compareTo(highest) == 0;
        }
    }
}
