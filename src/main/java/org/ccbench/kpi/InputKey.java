package org.ccbench.kpi;

import java.util.Objects;

/**
 * Which raw input a value is: its catalogue code and, for per-channel inputs, the channel code ({@code ""} for a
 * value of the whole unit). {@link #field()} names it in forms, files and API problems: {@code offered[phone]}.
 */
public record InputKey(String code, String channel) implements Comparable<InputKey> {

    public static final String WHOLE_UNIT = "";

    public InputKey {
        Objects.requireNonNull(code, "code");
        channel = channel == null ? WHOLE_UNIT : channel;
    }

    public static InputKey of(String code) {
        return new InputKey(code, WHOLE_UNIT);
    }

    public static InputKey of(String code, String channel) {
        return new InputKey(code, channel);
    }

    /**
     * The key {@link #field()} names: {@code offered[phone]} or {@code total_cost}. Any other text becomes a code
     * of its own, which the input rules then report as unknown.
     */
    public static InputKey parse(String field) {
        int open = field.indexOf('[');
        return open <= 0 || !field.endsWith("]") ? of(field)
                : of(field.substring(0, open), field.substring(open + 1, field.length() - 1));
    }

    public String field() {
        return channel.isEmpty() ? code : code + "[" + channel + "]";
    }

    @Override
    public int compareTo(InputKey other) {
        int byCode = code.compareTo(other.code);
        return byCode != 0 ? byCode : channel.compareTo(other.channel);
    }
}
