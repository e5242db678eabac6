package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.survey.Answer;
import org.ccbench.template.ChoiceOption;
import org.ccbench.template.Question;

/**
 * multi_choice: ticking an exclusive option ("none of these") clears the others, and ticking another option clears
 * the exclusive one, so the respondent never meets the exclusivity error.
 */
final class MultiChoiceInput extends QuestionInput {

    private final CheckboxGroup<String> group = new CheckboxGroup<>();
    private final Map<String, ChoiceOption> options = new LinkedHashMap<>();
    private boolean adjusting;

    MultiChoiceInput(Question question, Locale locale) {
        super(question, locale);
        question.options().forEach(option -> options.put(option.code(), option));
        labelled(group);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.HELPER_ABOVE);
        group.addClassName("survey-choices");
        group.setItems(options.keySet());
        group.setItemLabelGenerator(code -> options.get(code).label().in(locale));
        Integer max = question.rules().maxSelected();
        if (max != null && question.help() == null) {
            group.setHelperText(I18NProvider.translate("survey.error.maxSelected", max));
        }
        add(group);
        if (options.values().stream().anyMatch(ChoiceOption::otherText)) {
            add(otherField(I18NProvider.translate("survey.otherText")));
        }
        group.addValueChangeListener(event -> {
            if (adjusting) {
                return;
            }
            Set<String> adjusted = exclusive(event.getOldValue(), event.getValue());
            if (!adjusted.equals(event.getValue())) {
                adjusting = true;
                try {
                    group.setValue(adjusted);
                } finally {
                    adjusting = false;
                }
            }
            showOther(wantsOtherText());
            changed(true);
            focusOther();
        });
    }

    private Set<String> exclusive(Set<String> before, Set<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        String newExclusive = added.stream().filter(code -> options.get(code).exclusive()).findFirst().orElse(null);
        if (newExclusive != null) {
            return Set.of(newExclusive);
        }
        if (!added.isEmpty()) {
            Set<String> kept = new LinkedHashSet<>(after);
            kept.removeIf(code -> options.get(code).exclusive());
            return kept;
        }
        return after;
    }

    private boolean wantsOtherText() {
        return group.getValue().stream().anyMatch(code -> options.get(code).otherText());
    }

    private List<String> chosenInOrder() {
        return options.keySet().stream().filter(group.getValue()::contains).toList();
    }

    @Override
    HasValidation field() {
        return group;
    }

    @Override
    Answer answer() {
        return new Answer(String.join(",", chosenInOrder()), wantsOtherText() ? otherText() : null);
    }

    @Override
    protected void fill(Answer answer) {
        group.setValue(new LinkedHashSet<>(answer.codes().stream().filter(options::containsKey).toList()));
        fillOther(answer);
        showOther(wantsOtherText());
    }
}
