package org.ccbench.scoring.kpi;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field of a submission: an input and, for a per-channel input, its channel ({@code null} for a unit total).
 * Written as in the catalogue's formulas: {@code handled[phone]}, {@code complaints}.
 */
public record InputKey(Input input, Channel channel) {

    public InputKey {
        Objects.requireNonNull(input, "input");
        if (input.isPerChannel() && (channel == null || !input.channels().contains(channel))) {
            throw new IllegalArgumentException(input.code() + " is given per channel " + input.channels().stream()
                    .map(Channel::code).toList() + ", not for " + (channel == null ? "the unit total" : channel.code()));
        }
        if (!input.isPerChannel() && channel != null) {
            throw new IllegalArgumentException(input.code() + " is a unit total, not given per channel");
        }
    }

    /** Parses {@code handled[phone]} or {@code complaints}. */
    public static InputKey parse(String text) {
        String trimmed = text.strip();
        InputKey known = Known.BY_FIELD.get(trimmed);
        if (known != null) {
            return known;
        }
        int bracket = trimmed.indexOf('[');
        if (bracket < 0) {
            return new InputKey(Input.ofCode(trimmed), null);
        }
        if (!trimmed.endsWith("]")) {
            throw new IllegalArgumentException("not an input field: '" + text + "'");
        }
        return new InputKey(Input.ofCode(trimmed.substring(0, bracket)),
                Channel.ofCode(trimmed.substring(bracket + 1, trimmed.length() - 1)));
    }

    @Override
    public String toString() {
        return channel == null ? input.code() : input.code() + "[" + channel.code() + "]";
    }

    /** Every field of the catalogue by its text, so parsing the fields of thousands of months allocates nothing. */
    private static final class Known {

        static final Map<String, InputKey> BY_FIELD = Arrays.stream(Input.values())
                .flatMap(input -> input.keys().stream())
                .collect(Collectors.toUnmodifiableMap(InputKey::toString, key -> key));
    }
}
