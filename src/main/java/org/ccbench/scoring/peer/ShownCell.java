package org.ccbench.scoring.peer;

import java.util.List;

/** A {@link BreakdownCell} with its visibility, and its children's, after A1 and A2 (SCORING.md §2.4). */
public record ShownCell(String code, long organisations, CellVisibility visibility, List<ShownCell> children) {

    public ShownCell {
        children = List.copyOf(children);
    }

    public boolean isShown() {
        return visibility.isShown();
    }

    /** The child with this code, e.g. {@code M}. */
    public ShownCell child(String code) {
        return children.stream().filter(child -> child.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell " + code + " under " + this.code));
    }
}
