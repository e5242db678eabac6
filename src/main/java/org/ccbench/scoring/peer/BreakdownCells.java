package org.ccbench.scoring.peer;

import java.util.BitSet;

/**
 * The cells of one dimension of a breakdown (size bands, sectors, sourcing models, vendors, the answers to a question)
 * as complementary suppression (A2, SCORING.md §2.4) and zero spread (A6) need to see them: each cell's distinct
 * contributors, how many contributors a group of cells holds together, and whether a cell or a group has any spread.
 *
 * <p>The <em>rest</em> are the contributors of the total that fall in none of the cells (for instance outsourced
 * responses that name no vendor): a reader who subtracts the shown cells from the total gets them too, so they belong
 * to every residual.
 */
public interface BreakdownCells {

    /** The number of cells, in listed order. */
    int size();

    /** The distinct contributors (organisations) of one cell, ≥ 0. */
    long organisations(int cell);

    /**
     * The distinct contributors of these cells together, with the rest. An organisation in two of the cells counts
     * once.
     */
    long organisationsIn(BitSet cells);

    /** Whether the total holds contributors in none of the cells. */
    default boolean hasRest() {
        return false;
    }

    /** A6: whether every contributor of the cell reports the same value (false where A6 does not apply). */
    default boolean noSpread(int cell) {
        return false;
    }

    /** A6: whether every contributor of these cells together, with the rest, reports the same value. */
    default boolean noSpreadIn(BitSet cells) {
        return false;
    }

    /** Cells that share no contributor and leave no rest (each organisation in one cell): a group holds the sum. */
    static BreakdownCells disjoint(long[] organisationsPerCell) {
        long[] counts = organisationsPerCell.clone();
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count in a breakdown: " + count);
            }
        }
        return new BreakdownCells() {
            @Override
            public int size() {
                return counts.length;
            }

            @Override
            public long organisations(int cell) {
                return counts[cell];
            }

            @Override
            public long organisationsIn(BitSet cells) {
                return cells.stream().mapToLong(cell -> counts[cell]).sum();
            }
        };
    }
}
