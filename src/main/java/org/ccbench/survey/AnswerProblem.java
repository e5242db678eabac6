package org.ccbench.survey;

import org.ccbench.template.Localized;

/**
 * Why a response cannot be submitted yet: a translation key with its arguments for a question, or the template's
 * own message for a failed section check.
 */
public record AnswerProblem(String sectionId, String questionId, String messageKey, Localized templateMessage,
                            Object... arguments) {

    public static AnswerProblem atQuestion(String sectionId, String questionId, String messageKey, Object... arguments) {
        return new AnswerProblem(sectionId, questionId, messageKey, null, arguments);
    }
}
