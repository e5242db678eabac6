package org.ccbench.survey;

/**
 * Whether a question or index is compared with the previous wave of its questionnaire (SCORING.md §5.8), and if not,
 * why. Only {@link #COMPARED} carries previous figures; every other status means "never compared".
 */
public enum WaveStatus {
    /** Matched by id in the previous wave and unchanged: each cell shows the previous wave beside this one. */
    COMPARED,
    /** There is no earlier wave the reader may read. */
    NO_PREVIOUS_WAVE,
    /** The previous wave's questionnaire version has no question (or index) with this id. */
    NEW_QUESTION,
    /** The question's type changed. */
    TYPE_CHANGED,
    /** The Likert scale (its points or labels) changed. */
    SCALE_CHANGED,
    /** The option codes changed. */
    OPTIONS_CHANGED,
    /** The question text or an option label changed in the template's default locale. */
    REWORDED,
    /** An index whose items, weights or minimum coverage changed, or that contains a question not comparable. */
    INDEX_CHANGED;

    public boolean compared() {
        return this == COMPARED;
    }
}
