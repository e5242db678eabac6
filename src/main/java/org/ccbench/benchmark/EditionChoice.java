package org.ccbench.benchmark;

/**
 * Where peer figures come from (issue 17, SCORING.md §6): the live approved months, which move with every later
 * approval, correction or exclusion, or a published benchmark edition, whose frozen observations never move.
 */
public sealed interface EditionChoice {

    /** The live figures, "live, not yet published". */
    EditionChoice LIVE = new Live();

    static EditionChoice live() {
        return LIVE;
    }

    /** The figures of the published edition with this id. */
    static EditionChoice edition(long editionId) {
        return new Published(editionId);
    }

    /** The live approved months. */
    record Live() implements EditionChoice {
    }

    /** A published edition, by its id. */
    record Published(long editionId) implements EditionChoice {
    }
}
