package org.ccbench.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.Section;
import org.ccbench.template.SectionCheck;
import org.ccbench.template.ShowIf;

/**
 * A respondent's answers read against their questionnaire: which questions are visible ({@code show_if}), and what
 * still stops submission (TEMPLATES.md §2.7). Drafts may hold anything; these rules apply at submit.
 */
public final class AnswerSheet {

    /** The longest text or code list stored, whatever a template allows. */
    public static final int MAX_ANSWER_LENGTH = 10_000;

    private final Questionnaire questionnaire;
    private final Map<String, Answer> answers;
    private final Map<String, Question> questions = new LinkedHashMap<>();

    public AnswerSheet(Questionnaire questionnaire, Map<String, Answer> answers) {
        this.questionnaire = questionnaire;
        this.answers = Map.copyOf(answers);
        questionnaire.questions().forEach(question -> questions.put(question.id(), question));
    }

    public boolean isVisible(Section section) {
        return section.showIf() == null || holds(section.showIf());
    }

    public boolean isVisible(Question question) {
        Section section = sectionOf(question.id());
        return isVisible(section) && (question.showIf() == null || holds(question.showIf()));
    }

    public boolean isAnswered(String questionId) {
        Answer answer = answers.get(questionId);
        return answer != null && !answer.isEmpty();
    }

    /** The answers that count: those to visible questions. Answers to hidden questions are discarded on submit. */
    public Map<String, Answer> answersToSubmit() {
        Map<String, Answer> kept = new LinkedHashMap<>();
        questions.values().stream().filter(this::isVisible).filter(q -> isAnswered(q.id()))
                .forEach(q -> kept.put(q.id(), answers.get(q.id())));
        return kept;
    }

    public List<AnswerProblem> problems() {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (!isVisible(section)) {
                continue;
            }
            for (Question question : section.questions()) {
                if (isVisible(question)) {
                    check(section, question, problems);
                }
            }
            for (SectionCheck check : section.checks()) {
                check(section, check, problems);
            }
        }
        return problems;
    }

    /** The problems of one question's current answer, for feedback as the respondent goes. */
    public List<AnswerProblem> problemsOf(String questionId) {
        List<AnswerProblem> problems = new ArrayList<>();
        Question question = questions.get(questionId);
        if (question != null && isVisible(question) && isAnswered(questionId)) {
            checkValue(sectionOf(questionId), question, answers.get(questionId), problems);
        }
        return problems;
    }

    private void check(Section section, Question question, List<AnswerProblem> problems) {
        if (!isAnswered(question.id())) {
            if (question.required()) {
                problems.add(AnswerProblem.atQuestion(section.id(), question.id(), "survey.error.required"));
            }
            return;
        }
        checkValue(section, question, answers.get(question.id()), problems);
    }

    private void checkValue(Section section, Question question, Answer answer, List<AnswerProblem> problems) {
        String error = switch (question.type()) {
            case LIKERT5 -> scaleError(answer.value(), 1, 5, question.allowNa());
            case NPS0_10 -> scaleError(answer.value(), 0, 10, question.allowNa());
            case SINGLE_CHOICE -> singleChoiceError(question, answer);
            case MULTI_CHOICE -> multiChoiceError(question, answer, problems, section);
            case NUMBER -> numberError(question, answer.value(), problems, section);
            case TEXT -> answer.value().length() > question.rules().maxLength() ? "survey.error.tooLong" : null;
        };
        if (error != null) {
            problems.add(AnswerProblem.atQuestion(section.id(), question.id(), error));
        }
    }

    private static String scaleError(String value, int low, int high, boolean allowNa) {
        if (Answer.NOT_APPLICABLE.equals(value)) {
            return allowNa ? null : "survey.error.choose";
        }
        try {
            int score = Integer.parseInt(value);
            return score >= low && score <= high ? null : "survey.error.choose";
        } catch (NumberFormatException e) {
            return "survey.error.choose";
        }
    }

    private static String singleChoiceError(Question question, Answer answer) {
        if (question.optionsSource() != null) {
            return null;
        }
        ChoiceOption chosen = question.options().stream().filter(option -> option.code().equals(answer.value()))
                .findFirst().orElse(null);
        if (chosen == null) {
            return "survey.error.choose";
        }
        return chosen.otherText() && answer.otherText() == null ? "survey.error.otherText" : null;
    }

    private static String multiChoiceError(Question question, Answer answer, List<AnswerProblem> problems,
                                           Section section) {
        List<String> codes = answer.codes();
        Set<String> known = new HashSet<>();
        question.options().forEach(option -> known.add(option.code()));
        if (new HashSet<>(codes).size() != codes.size() || !known.containsAll(codes)) {
            return "survey.error.choose";
        }
        boolean exclusiveChosen = question.options().stream()
                .anyMatch(option -> option.exclusive() && codes.contains(option.code()));
        if (exclusiveChosen && codes.size() > 1) {
            return "survey.error.exclusive";
        }
        Integer min = question.rules().minSelected();
        Integer max = question.rules().maxSelected();
        if (min != null && codes.size() < min) {
            problems.add(AnswerProblem.atQuestion(section.id(), question.id(), "survey.error.minSelected", min));
        } else if (max != null && codes.size() > max) {
            problems.add(AnswerProblem.atQuestion(section.id(), question.id(), "survey.error.maxSelected", max));
        }
        boolean otherMissing = question.options().stream().anyMatch(option -> option.otherText()
                && codes.contains(option.code())) && answer.otherText() == null;
        return otherMissing ? "survey.error.otherText" : null;
    }

    private static String numberError(Question question, String value, List<AnswerProblem> problems,
                                      Section section) {
        BigDecimal number = number(value);
        if (number == null) {
            return "survey.error.number";
        }
        if (number.compareTo(question.rules().min()) < 0 || number.compareTo(question.rules().max()) > 0) {
            problems.add(AnswerProblem.atQuestion(section.id(), question.id(), "survey.error.range",
                    question.rules().min(), question.rules().max()));
            return null;
        }
        if (Math.max(0, number.stripTrailingZeros().scale()) > question.rules().decimals()) {
            problems.add(AnswerProblem.atQuestion(section.id(), question.id(), "survey.error.decimals",
                    question.rules().decimals()));
        }
        return null;
    }

    static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** TEMPLATES.md §2.5: once any listed number is answered, all must be, and their sum lies in value ± tolerance. */
    private void check(Section section, SectionCheck check, List<AnswerProblem> problems) {
        List<Question> listed = check.questions().stream().map(questions::get).filter(this::isVisible).toList();
        if (listed.stream().noneMatch(q -> isAnswered(q.id()))) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Question question : listed) {
            BigDecimal number = isAnswered(question.id()) ? number(answers.get(question.id()).value()) : null;
            if (number == null) {
                problems.add(new AnswerProblem(section.id(), null, null, check.message()));
                return;
            }
            sum = sum.add(number);
        }
        if (sum.subtract(check.value()).abs().compareTo(check.tolerance()) > 0) {
            problems.add(new AnswerProblem(section.id(), null, null, check.message()));
        }
    }

    /** TEMPLATES.md §2.4: every op but {@code answered} is false when the referenced question is hidden or unanswered. */
    private boolean holds(ShowIf condition) {
        Question reference = questions.get(condition.question());
        boolean answered = reference != null && isVisible(reference) && isAnswered(reference.id());
        if (condition.op() == ShowIf.Op.ANSWERED) {
            return answered;
        }
        if (!answered) {
            return false;
        }
        List<String> chosen = reference.type() == QuestionType.MULTI_CHOICE
                ? answers.get(reference.id()).codes() : List.of(answers.get(reference.id()).value());
        boolean anyIn = chosen.stream().anyMatch(condition.values()::contains);
        return switch (condition.op()) {
            case EQUALS, IN -> anyIn;
            case NOT_EQUALS, NOT_IN -> !anyIn;
            case ANSWERED -> true;
        };
    }

    private Section sectionOf(String questionId) {
        return questionnaire.sections().stream()
                .filter(section -> section.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
    }
}
