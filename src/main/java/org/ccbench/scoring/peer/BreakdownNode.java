package org.ccbench.scoring.peer;

import java.util.List;

/**
 * A cell of a breakdown tree for A1, A2 and A6 (SCORING.md §2.4): the root is the total, its children one breakdown
 * level (e.g. sourcing models), their children the next (sectors), and so on. {@link BreakdownCell} is the plain form
 * with counts only; a peer table supplies its own, which knows each cell's organisations and values.
 */
public interface BreakdownNode {

    /** What the cell stands for, e.g. {@code M}. */
    String code();

    /** The distinct organisations in the cell. */
    long organisations();

    /** A6: whether every organisation in the cell reports the same value. */
    default boolean noSpread() {
        return false;
    }

    /** The next breakdown level in listed order (§2.2), empty for a leaf. */
    List<? extends BreakdownNode> children();

    /** The children as one dimension for A2: how many organisations a group of them holds, and their spread. */
    BreakdownCells childCells();
}
