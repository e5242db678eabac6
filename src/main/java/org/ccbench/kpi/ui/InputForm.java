package org.ccbench.kpi.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The raw inputs of one unit-month, grouped per channel and then by theme, each with its unit and its definition as a
 * tooltip; problems are shown at their field, warnings about a KPI at the inputs it is computed from. An input a KPI
 * definition governs says which one applies: "Answered within threshold (30 s)". Fields follow one another in the
 * order they are shown (groups top to bottom, fields left to right), so Tab walks them in reading order.
 */
class InputForm extends Div {

    private final Map<InputKey, BigDecimalField> fields = new LinkedHashMap<>();
    private final Set<BigDecimalField> markedByUs = new HashSet<>();
    private final Map<BigDecimalField, String> copiedNotes = new HashMap<>();
    private boolean settingValues;

    /**
     * @param notes per input, the definition that governs it ("30 s"), shown after its name
     * @param help  per input, its definition in words, shown as the field's tooltip
     */
    InputForm(KpiCatalogue catalogue, List<InputKey> inputs, Map<InputKey, String> notes, Map<InputKey, String> help,
              Locale locale) {
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
                Span unit = new Span(getTranslation(String.join(".", "kpi", "unit", input.unit())));
                field.setSuffixComponent(unit);
                field.setClearButtonVisible(true);
                if (help.containsKey(key)) {
                    field.setTooltipText(help.get(key));
                    field.getElement().setAttribute("data-help", help.get(key));
                    field.setSuffixComponent(new Span(unit, new DefinitionButton(field.getId().orElseThrow(),
                            input.name().in(locale), help.get(key))));
                }
                fields.put(key, field);
                layout.add(field);
            }
            add(new H3(group.startsWith("channel:")
                    ? catalogue.channel(group.substring(8)).map(channel -> channel.name().in(locale)).orElse(group)
                    : getTranslation(String.join(".", "kpi", "group", group))), layout);
        });
    }

    /** Runs the listener when the user changes a field; once, not per field, when values are set or copied. */
    void onChange(Runnable listener) {
        fields.values().forEach(field -> field.addValueChangeListener(event -> {
            if (!settingValues) {
                listener.run();
            }
        }));
    }

    void focusFirstField() {
        fields.values().stream().findFirst().ifPresent(BigDecimalField::focus);
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
        settingValues = true;
        try {
            fields.forEach((key, field) -> field.setValue(values.get(key)));
        } finally {
            settingValues = false;
        }
    }

    /**
     * Fills the form with figures copied from another month, each field marked "Copied from February 2026" until the
     * user changes it. Nothing is stored.
     */
    void copy(Map<InputKey, BigDecimal> values, String note) {
        setValues(values);
        fields.forEach((key, field) -> {
            if (values.containsKey(key)) {
                copiedNotes.put(field, note);
                field.setHelperText(note);
                field.addClassName("copied-value");
                field.addValueChangeListener(event -> {
                    if (copiedNotes.remove(field) != null) {
                        field.removeClassName("copied-value");
                        field.setHelperText(null);
                    }
                });
            }
        });
    }

    boolean isEmpty() {
        return values().isEmpty();
    }

    /** Moves the keyboard focus to the first field (in form order) that shows an error; false when none does. */
    boolean focusFirstProblem() {
        return fields.values().stream().filter(BigDecimalField::isInvalid).findFirst().map(field -> {
            field.focus();
            return true;
        }).orElse(false);
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
        fields.values().forEach(field -> field.setHelperText(copiedNotes.get(field)));
    }

    /**
     * Shows each problem at its field, a warning about a KPI ({@code SL[phone]}) with ⚠ at each input it is computed
     * from; returns the problems that belong to no field of this form.
     */
    List<InputProblem> show(List<InputProblem> problems) {
        clearProblems();
        Map<BigDecimalField, List<String>> warnings = new LinkedHashMap<>();
        List<InputProblem> elsewhere = problems.stream().filter(problem -> {
            BigDecimalField field = fields.entrySet().stream()
                    .filter(entry -> entry.getKey().field().equals(problem.field())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
            if (problem.warning()) {
                List<BigDecimalField> marked = field != null ? List.of(field) : KpiInputs.of(problem.field(),
                        fields::containsKey).stream().map(fields::get).toList();
                marked.forEach(target -> warnings.computeIfAbsent(target, key -> new ArrayList<>()).add(message));
                return marked.isEmpty();
            }
            if (field == null) {
                return true;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            markedByUs.add(field);
            return false;
        }).toList();
        warnings.forEach((field, messages) -> field.setHelperText("⚠ " + String.join(" ⚠ ", messages)));
        return elsewhere;
    }

    /** The ids of the fields showing a warning (⚠), in form order. */
    List<String> warnedFieldIds() {
        return fields.values().stream().filter(field -> field.getHelperText() != null
                && field.getHelperText().startsWith("⚠")).map(field -> field.getId().orElseThrow()).toList();
    }
}
