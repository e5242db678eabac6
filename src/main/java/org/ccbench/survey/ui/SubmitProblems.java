package org.ccbench.survey.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ccbench.survey.AnswerProblem;
import org.ccbench.survey.AnswerSheet;

/**
 * What the last submit attempt found, kept per question and per section (failed section checks) so that every page
 * shows its own problems until the respondent fixes them.
 */
final class SubmitProblems {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Map<String, List<AnswerProblem>> atQuestion = new HashMap<>();
    private final Map<String, List<AnswerProblem>> atSection = new HashMap<>();

    void clear() {
        atQuestion.clear();
        atSection.clear();
    }

    void replaceWith(List<AnswerProblem> problems) {
        clear();
        for (AnswerProblem problem : problems) {
            if (problem.questionId() != null) {
                atQuestion.computeIfAbsent(problem.questionId(), id -> new ArrayList<>()).add(problem);
            } else {
                atSection.computeIfAbsent(problem.sectionId(), id -> new ArrayList<>()).add(problem);
            }
        }
    }

    /**
     * What leaving a page found on it replaces what was known about that section: its questions' problems, and its
     * failed checks (evaluated again as the respondent answers).
     */
    void flagSection(String sectionId, List<AnswerProblem> problems) {
        atSection.remove(sectionId);
        for (AnswerProblem problem : problems) {
            if (problem.questionId() != null) {
                atQuestion.computeIfAbsent(problem.questionId(), id -> new ArrayList<>()).clear();
            }
        }
        for (AnswerProblem problem : problems) {
            if (problem.questionId() != null) {
                atQuestion.get(problem.questionId()).add(problem);
            } else {
                atSection.computeIfAbsent(problem.sectionId(), id -> new ArrayList<>()).add(problem);
            }
        }
    }

    /** The submit's findings for a question, else what is wrong with its saved answer. */
    List<AnswerProblem> ofQuestion(String questionId, AnswerSheet sheet) {
        return atQuestion.containsKey(questionId) ? atQuestion.get(questionId) : sheet.problemsOf(questionId);
    }

    /** A new answer replaces what the submit said about the question. */
    void answered(String questionId, List<AnswerProblem> problems) {
        atQuestion.put(questionId, problems);
    }

    List<AnswerProblem> checksOf(String sectionId) {
        return atSection.getOrDefault(sectionId, List.of());
    }

    /** A section check that failed is evaluated again on the current answers; false when none had failed. */
    boolean recheck(String sectionId, AnswerSheet sheet) {
        if (!atSection.containsKey(sectionId)) {
            return false;
        }
        atSection.put(sectionId, sheet.problems().stream()
                .filter(problem -> problem.templateMessage() != null && sectionId.equals(problem.sectionId()))
                .toList());
        return true;
    }

    /** A problem in the respondent's language; numbers in its message are written as that language writes them. */
    static String text(AnswerProblem problem, Locale locale) {
        if (problem.templateMessage() != null) {
            return problem.templateMessage().in(locale);
        }
        Object[] arguments = Arrays.stream(problem.arguments()).map(argument -> argument instanceof String text
                && DECIMAL.matcher(text).matches() ? NumberInput.decimal(new BigDecimal(text), locale) : argument)
                .toArray();
        return I18NProvider.translate(locale, problem.messageKey(), arguments);
    }
}
