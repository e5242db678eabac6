package org.ccbench.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Contact channels of KPIS.md: phone and chat are synchronous, email, social and messaging asynchronous. */
public enum Channel {
    PHONE, CHAT, EMAIL, SOCIAL, MESSAGING, SELF_SERVICE;

    public static String toCodes(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
    }

    public static Set<Channel> fromCodes(String codes) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(String::trim).map(Channel::valueOf).forEach(channels::add);
        }
        return channels;
    }
}
