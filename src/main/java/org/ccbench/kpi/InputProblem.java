package org.ccbench.kpi;

import java.util.List;

/**
 * A problem with the inputs of a submission, at one field ({@link InputKey#field()}). Errors block saving or
 * submitting; warnings need a comment from the submitter (KPIS.md soft rules).
 *
 * @param messageKey a translation key; {@code arguments} fill its placeholders
 */
public record InputProblem(String field, String messageKey, List<Object> arguments, boolean warning) {

    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    static InputProblem error(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, messageKey, List.of(arguments), false);
    }

    static InputProblem warning(String field, String messageKey, Object... arguments) {
        return new InputProblem(field, messageKey, List.of(arguments), true);
    }
}
