package org.ccbench.survey.internal;

import java.math.BigDecimal;
import org.ccbench.scoring.survey.Answer;
import org.ccbench.template.QuestionType;

/** Turns a stored answer (TEMPLATES.md §2.4 coding) into the scoring core's answer; text is never scored. */
final class AnswerCodec {

    private AnswerCodec() {
    }

    /** The scoring answer, or null for an unanswered question, free text or a value that is not a number. */
    static Answer decode(QuestionType type, org.ccbench.survey.Answer stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String value = stored.value();
        return switch (type) {
            case LIKERT5, NPS0_10 -> org.ccbench.survey.Answer.NOT_APPLICABLE.equals(value) ? Answer.DONT_KNOW
                    : integer(value);
            case SINGLE_CHOICE -> Answer.option(value);
            case MULTI_CHOICE -> new Answer.Options(stored.codes());
            case NUMBER -> decimal(value);
            case TEXT -> null;
        };
    }

    /** Whether the answer counts towards n: a value, not "don't know". */
    static boolean isValid(QuestionType type, org.ccbench.survey.Answer stored, Answer decoded) {
        if (type == QuestionType.TEXT) {
            return stored != null && !stored.isEmpty();
        }
        return decoded != null && !(decoded instanceof Answer.DontKnow)
                && !(decoded instanceof Answer.Options options && options.codes().isEmpty());
    }

    private static Answer integer(String value) {
        try {
            return Answer.rating(Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Answer decimal(String value) {
        try {
            return new Answer.Decimal(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
