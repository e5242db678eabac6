package org.ccbench.scoring.peer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A minimum-contributors rule of SCORING.md §2.4 — A1/A5 (≥ {@code min_respondents} distinct responding
 * organisations per question and breakdown cell, §5.6) or A3 (≥ {@code min_raters_per_vendor} distinct client
 * organisations behind a vendor-level result) — together with A2 complementary suppression and A6 zero spread for
 * the cells of one breakdown dimension.
 *
 * <p>Count the contributors of the figure itself: for a Likert mean or distribution the organisations with a valid
 * answer (n.a. excluded), for a subject's index the raters that have an index.
 *
 * <p><b>A2</b>, as {@link #breakdown(BreakdownCells, CellVisibility)} applies it: in a breakdown whose total is shown,
 * the suppressed cells of one dimension must number at least two and together hold at least the minimum of
 * organisations, counting each organisation once (and with them the total's contributors that fall in no cell).
 * While that is not so, the smallest remaining shown cell is suppressed too (lowest n; ties: the cell listed first).
 * Then the total minus the shown cells — the only thing a reader can subtract — covers either nobody or a group of at
 * least the minimum, never one cell and never a small group. A cell with no contributors hides nothing and needs no
 * protection. A "no spread" cell (A6) counts as suppressed, and the suppressed cells together must have some spread,
 * or their common value would follow from the total's mean. The cells hidden entirely (not "no spread", whose n is
 * shown) must also hold the minimum together, so that no small hidden cell's n follows from the shown counts; a "no
 * spread" cell is hidden entirely first when only counts need protecting, since that costs no figure.
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

    /** A1, then A6: a cell's own visibility before A2, from its distinct contributors and whether they all agree. */
    public CellVisibility visibility(long distinctContributors, boolean noSpread) {
        return !shows(distinctContributors) ? CellVisibility.BELOW_MINIMUM
                : noSpread ? CellVisibility.NO_SPREAD : CellVisibility.SHOWN;
    }

    /**
     * A1 + A2 for cells that share no organisation (each organisation in one cell, every one of the total's in a
     * cell), their distinct-contributor counts in listed order (template option order, or XS, S, M, L for size bands).
     */
    public List<CellVisibility> breakdown(long[] distinctContributorsInListedOrder, boolean totalShown) {
        return breakdown(BreakdownCells.disjoint(distinctContributorsInListedOrder),
                totalShown ? CellVisibility.SHOWN : CellVisibility.BELOW_MINIMUM);
    }

    /**
     * A1, A6 and A2 for one dimension of a breakdown, see the class comment.
     *
     * @param total the total's own visibility: A2 protects figures under a {@link CellVisibility#SHOWN} total and
     *              counts under a "no spread" one; under a hidden total only A1 and A6 apply
     */
    public List<CellVisibility> breakdown(BreakdownCells cells, CellVisibility total) {
        return breakdown(cells, total, minimum);
    }

    /**
     * The same, with a group of suppressed cells needing {@code groupMinimum} organisations rather than this rule's
     * minimum: vendor cells shown from 3 raters (A3) whose hidden group is compared with a total that needs 5 (A5).
     */
    public List<CellVisibility> breakdown(BreakdownCells cells, CellVisibility total, int groupMinimum) {
        CellVisibility[] visibility = new CellVisibility[cells.size()];
        for (int cell = 0; cell < visibility.length; cell++) {
            long count = cells.organisations(cell);
            if (count < 0) {
                throw new IllegalArgumentException("negative count in a breakdown: " + count);
            }
            visibility[cell] = visibility(count, cells.noSpread(cell));
        }
        if (total.showsCount()) {
            while (true) {
                boolean figuresSafe = !total.isShown()
                        || isSafe(cells, suppressed(cells, visibility, false), true, groupMinimum);
                boolean countsSafe = isSafe(cells, suppressed(cells, visibility, true), false, groupMinimum);
                if (figuresSafe && countsSafe) {
                    break;
                }
                int next = figuresSafe ? smallest(cells, visibility, CellVisibility.NO_SPREAD) : -1;
                if (next < 0) {
                    next = smallest(cells, visibility, CellVisibility.SHOWN);
                }
                if (next < 0 && !countsSafe) {
                    next = smallest(cells, visibility, CellVisibility.NO_SPREAD);
                }
                if (next < 0) {
                    break; // every cell is suppressed: the residual is the whole total, which is shown anyway
                }
                visibility[next] = CellVisibility.COMPLEMENTARY;
            }
        }
        return List.copyOf(Arrays.asList(visibility));
    }

    /** The cells with contributors whose figures ({@code countsOnly} false) or counts (true) are not shown. */
    private static BitSet suppressed(BreakdownCells cells, CellVisibility[] visibility, boolean countsOnly) {
        BitSet suppressed = new BitSet(visibility.length);
        for (int cell = 0; cell < visibility.length; cell++) {
            boolean hidden = countsOnly ? !visibility[cell].showsCount() : !visibility[cell].isShown();
            if (hidden && cells.organisations(cell) > 0) {
                suppressed.set(cell);
            }
        }
        return suppressed;
    }

    /**
     * Whether total − shown cells is safe. For figures: nobody, or at least two parts (suppressed cells, the rest)
     * holding {@code groupMinimum} organisations together, with some spread. For counts: nobody, or at least
     * {@code groupMinimum} organisations (the n of one large hidden cell discloses no answer).
     */
    private static boolean isSafe(BreakdownCells cells, BitSet suppressed, boolean figures, int groupMinimum) {
        int parts = suppressed.cardinality() + (cells.hasRest() ? 1 : 0);
        if (parts == 0) {
            return true;
        }
        if (!figures) {
            return cells.organisationsIn(suppressed) >= groupMinimum;
        }
        return parts >= 2 && cells.organisationsIn(suppressed) >= groupMinimum && !cells.noSpreadIn(suppressed);
    }

    /** The cell with this visibility and the fewest contributors (ties: listed first), or -1. */
    private static int smallest(BreakdownCells cells, CellVisibility[] visibility, CellVisibility wanted) {
        int smallest = -1;
        for (int cell = 0; cell < visibility.length; cell++) {
            if (visibility[cell] == wanted
                    && (smallest < 0 || cells.organisations(cell) < cells.organisations(smallest))) {
                smallest = cell;
            }
        }
        return smallest;
    }
}
