package org.ccbench.template;

/** The kinds of difference between two questionnaire versions, in the order the templates page lists them. */
public enum QuestionChangeKind {
    ADDED, REMOVED, REWORDED, TYPE_CHANGED, OPTIONS_CHANGED, SCORING_CHANGED, LOGIC_CHANGED
}
