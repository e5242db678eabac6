package org.ccbench.kpi.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.InputKey;

/** Orders a unit's inputs as people fill them in: per channel first, then contact strategy, surveys, staff, cost. */
final class InputGroups {

    private InputGroups() {
    }

    /** Group key → inputs in catalogue order; a channel's group key is {@code channel:<code>}. */
    static Map<String, List<InputKey>> of(List<InputKey> inputs) {
        Map<String, List<InputKey>> groups = new LinkedHashMap<>();
        inputs.stream().filter(key -> !key.channel().isEmpty()).sorted(java.util.Comparator.comparingInt(
                        (InputKey key) -> channelOrder(key.channel())))
                .forEach(key -> groups.computeIfAbsent("channel:" + key.channel(), group -> new java.util.ArrayList<>())
                        .add(key));
        for (String group : List.of("selfService", "contactStrategy", "surveys", "workforce", "cost")) {
            inputs.stream().filter(key -> key.channel().isEmpty() && group.equals(groupOf(key.code())))
                    .forEach(key -> groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(key));
        }
        return groups;
    }

    private static int channelOrder(String channel) {
        int index = List.of("phone", "chat", "email", "social", "messaging", "self_service").indexOf(channel);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    static String groupOf(String code) {
        if (code.startsWith("ss_")) {
            return "selfService";
        }
        if (code.startsWith("vm_") || List.of("repeat_contacts", "complaints", "active_customers").contains(code)) {
            return "contactStrategy";
        }
        if (code.startsWith("csat_") || code.startsWith("nps_") || code.startsWith("ces_") || code.startsWith("fcr_")
                || code.startsWith("qm_")) {
            return "surveys";
        }
        if (code.endsWith("_cost")) {
            return "cost";
        }
        return "workforce";
    }
}
