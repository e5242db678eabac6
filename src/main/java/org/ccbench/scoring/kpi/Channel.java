package org.ccbench.scoring.kpi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contact channels of the catalogue, in catalogue order. Phone and chat are synchronous (queued, measured in
 * seconds), email, social and messaging asynchronous (measured in hours), self-service is unassisted.
 */
public enum Channel implements Breakdown {
    PHONE, CHAT, EMAIL, SOCIAL, MESSAGING, SELF_SERVICE;

    /** phone, chat. */
    public static final List<Channel> SYNC = List.of(PHONE, CHAT);
    /** email, social, messaging. */
    public static final List<Channel> ASYNC = List.of(EMAIL, SOCIAL, MESSAGING);
    /** The channels of {@code sum_assisted(x)}: phone, chat, email, social, messaging. */
    public static final List<Channel> ASSISTED = List.of(PHONE, CHAT, EMAIL, SOCIAL, MESSAGING);
    /** Every channel, self-service included. */
    public static final List<Channel> ALL = List.of(values());

    private static final Map<String, Channel> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Channel::code, channel -> channel));

    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }

    public boolean isAssisted() {
        return this != SELF_SERVICE;
    }

    public static Channel ofCode(String code) {
        Channel channel = code == null ? null : BY_CODE.get(code);
        if (channel != null) {
            return channel;
        }
        throw new IllegalArgumentException("unknown channel '" + code + "'");
    }
}
