package org.ccbench.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerProblem;
import org.ccbench.template.Question;
import org.ccbench.template.Questionnaire;

/**
 * One question on the respondent's form: its field (id {@code q-<questionId>}), the answer it holds, and the problems
 * shown at it. Subclasses cover the question types of TEMPLATES.md §2.4.
 */
abstract class QuestionInput extends Div {

    static final String OTHER_TEXT_PROBLEM = "survey.error.otherText";
    private static final int OTHER_TEXT_MAX = 1000;

    private final Question question;
    protected final Locale locale;
    private Consumer<QuestionInput> onAnswer = input -> {
    };
    private boolean showing;
    private TextField other;
    /** Set when the last change came from picking an option: a just-revealed "other" field is not scolded yet. */
    private boolean pickedJustNow;

    QuestionInput(Question question, Locale locale) {
        this.question = question;
        this.locale = locale;
        setId("question-" + question.id());
        addClassName("survey-question");
    }

    static QuestionInput of(Question question, Questionnaire questionnaire, Locale locale,
                            List<OrganisationRef> vendors) {
        return switch (question.type()) {
            case LIKERT5 -> ScaleInput.likert(question, questionnaire.scales().get(question.scale()), locale);
            case NPS0_10 -> ScaleInput.nps(question, locale);
            case SINGLE_CHOICE -> question.optionsSource() != null ? new VendorInput(question, locale, vendors)
                    : new ChoiceInput(question, locale);
            case MULTI_CHOICE -> new MultiChoiceInput(question, locale);
            case NUMBER -> new NumberInput(question, locale);
            case TEXT -> new TextInput(question, locale);
        };
    }

    Question question() {
        return question;
    }

    /** The component that carries the question's id, label and problems. */
    abstract HasValidation field();

    abstract Answer answer();

    /** Fills the fields with a saved answer. */
    protected abstract void fill(Answer answer);

    final void showAnswer(Answer answer) {
        showing = true;
        try {
            fill(answer == null ? Answer.of("") : answer);
        } finally {
            showing = false;
        }
    }

    final void onAnswer(Consumer<QuestionInput> listener) {
        onAnswer = listener;
    }

    /** Called by subclasses when the respondent changed something; not while a saved answer is being shown. */
    protected final void changed(boolean byPickingAnOption) {
        if (!showing) {
            pickedJustNow = byPickingAnOption;
            onAnswer.accept(this);
        }
    }

    /** Feedback on a change just made: a required "other" text is not demanded the moment its option is picked. */
    void showFeedback(List<AnswerProblem> problems, Function<AnswerProblem, String> text) {
        showProblems(problems.stream()
                .filter(problem -> !(pickedJustNow && isOtherTextProblem(problem))).toList(), text);
    }

    void showProblems(List<AnswerProblem> problems, Function<AnswerProblem, String> text) {
        List<String> atField = new ArrayList<>();
        List<String> atOther = new ArrayList<>();
        for (AnswerProblem problem : problems) {
            boolean otherProblem = other != null && other.isVisible() && isOtherTextProblem(problem);
            (otherProblem ? atOther : atField).add(otherProblem
                    ? I18NProvider.translate(OTHER_TEXT_PROBLEM) : text.apply(problem));
        }
        mark(field(), atField);
        if (other != null) {
            mark(other, atOther);
        }
    }

    boolean hasProblem() {
        return field().isInvalid() || (other != null && other.isInvalid());
    }

    void focusProblem() {
        Component target = other != null && other.isInvalid() ? other : (Component) field();
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    protected boolean isOtherTextProblem(AnswerProblem problem) {
        return OTHER_TEXT_PROBLEM.equals(problem.messageKey());
    }

    private static void mark(HasValidation field, List<String> messages) {
        field.setErrorMessage(messages.isEmpty() ? null : String.join(" ", messages));
        field.setInvalid(!messages.isEmpty());
    }

    /** Gives the question's field its id, text, help and required marker; problems are set by this form only. */
    protected <F extends Component & HasLabel & HasHelper & HasValidation & HasValue<?, ?>> F labelled(F field) {
        field.setId("q-" + question.id());
        field.setLabel(question.text().in(locale));
        if (question.help() != null) {
            field.setHelperText(question.help().in(locale));
        }
        field.setRequiredIndicatorVisible(question.required());
        field.setManualValidation(true);
        field.addClassName("survey-field");
        return field;
    }

    /** The field for the respondent's own words next to an "other" option; hidden until that option is chosen. */
    protected TextField otherField(String label) {
        if (other == null) {
            other = new TextField(label);
            other.setId("q-" + question.id() + "-other");
            other.addClassName("survey-other");
            other.setMaxLength(OTHER_TEXT_MAX);
            other.setManualValidation(true);
            other.setValueChangeMode(ValueChangeMode.LAZY);
            other.setValueChangeTimeout(600);
            other.setVisible(false);
            other.addValueChangeListener(event -> changed(false));
        }
        return other;
    }

    protected void showOther(boolean visible) {
        if (other != null) {
            other.setVisible(visible);
            if (!visible) {
                other.setInvalid(false);
                other.setErrorMessage(null);
            }
        }
    }

    protected String otherText() {
        return other != null && other.isVisible() ? other.getValue() : null;
    }

    protected void fillOther(Answer answer) {
        if (other != null) {
            other.setValue(answer.otherText() == null ? "" : answer.otherText());
        }
    }

    protected void focusOther() {
        if (!showing && other != null && other.isVisible() && other.isEmpty()) {
            other.focus();
        }
    }
}
