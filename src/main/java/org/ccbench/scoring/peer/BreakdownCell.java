package org.ccbench.scoring.peer;

import java.util.List;
import java.util.Objects;

/**
 * A cell of a breakdown tree given by counts only (see {@link BreakdownNode}): each organisation is in one child, so
 * a group of children holds the sum of their counts, and A6 does not apply.
 *
 * @param code          what the cell stands for, e.g. {@code M}
 * @param organisations the distinct organisations in the cell
 * @param children      the next breakdown level in the order of §2.2, empty for a leaf
 */
public record BreakdownCell(String code, long organisations, List<BreakdownCell> children) implements BreakdownNode {

    public BreakdownCell {
        Objects.requireNonNull(code, "code");
        if (organisations < 0) {
            throw new IllegalArgumentException("negative count in a breakdown: " + organisations);
        }
        children = List.copyOf(children);
    }

    public static BreakdownCell leaf(String code, long organisations) {
        return new BreakdownCell(code, organisations, List.of());
    }

    @Override
    public BreakdownCells childCells() {
        return BreakdownCells.disjoint(children.stream().mapToLong(BreakdownCell::organisations).toArray());
    }
}
