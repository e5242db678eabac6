package org.ccbench.scoring.peer;

import java.util.List;
import java.util.Objects;

/**
 * A cell of a breakdown tree for A2 (SCORING.md §2.4): the root is the shown total, its children one breakdown level
 * (e.g. size bands in the order XS, S, M, L), their children the next level (e.g. sectors within a size band).
 *
 * @param code          what the cell stands for, e.g. {@code M}
 * @param organisations the distinct organisations in the cell
 * @param children      the next breakdown level in the order of §2.2, empty for a leaf
 */
public record BreakdownCell(String code, long organisations, List<BreakdownCell> children) {

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
}
