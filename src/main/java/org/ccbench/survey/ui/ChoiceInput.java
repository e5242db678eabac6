package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ccbench.survey.Answer;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;

/** single_choice with the template's options; an option with other_text asks for the respondent's own words. */
final class ChoiceInput extends QuestionInput {

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
    private final Map<String, ChoiceOption> options = new LinkedHashMap<>();

    ChoiceInput(Question question, Locale locale) {
        super(question, locale);
        question.options().forEach(option -> options.put(option.code(), option));
        labelled(group);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
        group.addClassName("survey-choices");
        group.setItems(options.keySet());
        group.setItemLabelGenerator(code -> options.get(code).label().in(locale));
        add(group);
        if (options.values().stream().anyMatch(ChoiceOption::otherText)) {
            add(otherField(I18NProvider.translate("survey.otherText")));
        }
        group.addValueChangeListener(event -> {
            showOther(wantsOtherText());
            changed(true);
            focusOther();
        });
    }

    private boolean wantsOtherText() {
        ChoiceOption chosen = group.getValue() == null ? null : options.get(group.getValue());
        return chosen != null && chosen.otherText();
    }

    @Override
    HasValidation field() {
        return group;
    }

    @Override
    Answer answer() {
        return new Answer(group.getValue(), wantsOtherText() ? otherText() : null);
    }

    @Override
    protected void fill(Answer answer) {
        group.setValue(options.containsKey(answer.value()) ? answer.value() : null);
        fillOther(answer);
        showOther(wantsOtherText());
    }
}
