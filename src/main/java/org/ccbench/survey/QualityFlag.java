package org.ccbench.survey;

/** Hints that a response may deserve exclusion; the administrator decides. */
public enum QualityFlag {
    /** Five or more rating questions, all with the same answer. */
    STRAIGHT_LINING,
    /** Another response of the same organisation about the same vendor or sourcing model. */
    POSSIBLE_DUPLICATE
}
