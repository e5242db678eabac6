package org.ccbench.kpi.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.InputProblem;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiInput;

/**
 * The raw inputs of one unit-month, grouped per channel and then by theme, each with its unit; problems are shown at
 * their field. An input a KPI definition governs says which one applies: "Answered within threshold (30 s)".
 */
class InputForm extends Div {

    private final Map<InputKey, BigDecimalField> fields = new LinkedHashMap<>();
    private final Set<BigDecimalField> markedByUs = new HashSet<>();

    /** @param notes per input, the definition that governs it ("30 s"), shown after its name */
    InputForm(KpiCatalogue catalogue, List<InputKey> inputs, Map<InputKey, String> notes, Locale locale) {
        setId("kpi-input-form");
        addClassName("kpi-input-form");
        Map<String, List<InputKey>> groups = InputGroups.of(inputs);
        groups.forEach((group, keys) -> {
            FormLayout layout = new FormLayout();
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                    new FormLayout.ResponsiveStep("1000px", 3));
            for (InputKey key : keys) {
                KpiInput input = catalogue.input(key.code()).orElseThrow();
                String note = notes.containsKey(key) ? " (" + notes.get(key) + ")" : "";
                BigDecimalField field = new BigDecimalField(input.name().in(locale) + note
                        + (input.required() ? " *" : ""));
                field.setId("input-" + key.code() + (key.channel().isEmpty() ? "" : "-" + key.channel()));
                field.setSuffixComponent(new Span(getTranslation(String.join(".", "kpi", "unit", input.unit()))));
                field.setClearButtonVisible(true);
                fields.put(key, field);
                layout.add(field);
            }
            add(new H3(group.startsWith("channel:")
                    ? catalogue.channel(group.substring(8)).map(channel -> channel.name().in(locale)).orElse(group)
                    : getTranslation(String.join(".", "kpi", "group", group))), layout);
        });
    }

    void onChange(Runnable listener) {
        fields.values().forEach(field -> field.addValueChangeListener(event -> listener.run()));
    }

    Map<InputKey, BigDecimal> values() {
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field.getValue() != null) {
                values.put(key, field.getValue());
            }
        });
        return values;
    }

    void setValues(Map<InputKey, BigDecimal> values) {
        fields.forEach((key, field) -> field.setValue(values.get(key)));
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }

    /** Whether a field holds text that is not a number: the field marks itself invalid, unlike our own problems. */
    boolean hasUnparsableInput() {
        return fields.values().stream().anyMatch(field -> field.isInvalid() && !markedByUs.contains(field));
    }

    void clearProblems() {
        markedByUs.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        markedByUs.clear();
        fields.values().forEach(field -> field.setHelperText(null));
    }

    /** Shows each problem at its field; returns the problems that belong to no field of this form. */
    List<InputProblem> show(List<InputProblem> problems) {
        clearProblems();
        return problems.stream().filter(problem -> {
            BigDecimalField field = fields.entrySet().stream()
                    .filter(entry -> entry.getKey().field().equals(problem.field())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (field == null) {
                return true;
            }
            String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
            if (problem.warning()) {
                field.setHelperText("⚠ " + message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
                markedByUs.add(field);
            }
            return false;
        }).toList();
    }
}
