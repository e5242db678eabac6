package org.ccbench.survey;

import java.util.Arrays;
import java.util.List;

/**
 * One stored answer as TEMPLATES.md §2.4 defines it: likert5 {@code 1}…{@code 5} or {@code na}, nps0_10 {@code 0}…{@code 10}
 * or {@code na}, an option code (plus the respondent's words for an "other" option), option codes joined by commas, a
 * decimal number, or text.
 */
public record Answer(String value, String otherText) {

    public static final String NOT_APPLICABLE = "na";

    public Answer {
        value = value == null ? "" : value.strip();
        otherText = otherText == null || otherText.isBlank() ? null : otherText.strip();
    }

    public static Answer of(String value) {
        return new Answer(value, null);
    }

    public static Answer ofCodes(List<String> codes) {
        return new Answer(String.join(",", codes), null);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public List<String> codes() {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
