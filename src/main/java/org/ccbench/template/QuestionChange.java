package org.ccbench.template;

/** One difference between two versions of a questionnaire, for one question id. */
public record QuestionChange(QuestionChangeKind kind, String questionId, String sectionId, String before,
                             String after) {
}
