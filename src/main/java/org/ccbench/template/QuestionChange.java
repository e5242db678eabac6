package org.ccbench.template;

/** One difference between two versions of a questionnaire, for one question id. */
public record QuestionChange(Kind kind, String questionId, String sectionId, String before, String after) {

    /** In the order the templates page lists them. */
    public enum Kind { ADDED, REMOVED, REWORDED, TYPE_CHANGED, OPTIONS_CHANGED, SCORING_CHANGED, LOGIC_CHANGED }
}
