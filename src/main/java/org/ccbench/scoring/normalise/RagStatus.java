package org.ccbench.scoring.normalise;

/** A scorecard's traffic light, SCORING.md §1.2: green = target met, red = at or beyond the floor, amber between. */
public enum RagStatus {
    RED, AMBER, GREEN
}
