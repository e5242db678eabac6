package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plausible, consistent month of raw inputs for a unit serving phone and e-mail, to vary in tests. */
public final class KpiMonths {

    private KpiMonths() {
    }

    public static Map<InputKey, BigDecimal> phoneAndEmail() {
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>();
        put(values, "offered", "phone", "10000");
        put(values, "abandoned", "phone", "400");
        put(values, "short_abandoned", "phone", "120");
        put(values, "answered_within_threshold", "phone", "8500");
        put(values, "answer_wait_seconds", "phone", "240000");
        put(values, "received", "email", "2000");
        put(values, "responded_within_threshold", "email", "1910");
        for (String channel : new String[] {"phone", "email"}) {
            put(values, "handled", channel, "phone".equals(channel) ? "9600" : "1950");
            put(values, "talk_seconds", channel, "phone".equals(channel) ? "2880000" : "585000");
            put(values, "hold_seconds", channel, "phone".equals(channel) ? "192000" : "0");
            put(values, "wrap_seconds", channel, "phone".equals(channel) ? "576000" : "58500");
            put(values, "transferred", channel, "phone".equals(channel) ? "480" : "40");
        }
        put(values, "repeat_contacts", "", "1150");
        put(values, "complaints", "", "35");
        put(values, "paid_agent_hours", "", "1800");
        put(values, "staffed_hours", "", "1450.5");
        put(values, "contracted_hours", "", "1900");
        put(values, "sickness_hours", "", "95");
        put(values, "headcount_start", "", "14");
        put(values, "headcount_end", "", "15");
        put(values, "leavers", "", "1");
        put(values, "total_cost", "", "96000");
        put(values, "one_off_cost", "", "0");
        put(values, "csat_responses", "", "400");
        put(values, "csat_top2", "", "320");
        return values;
    }

    /** The same month for a unit serving only some of phone and e-mail. */
    public static Map<InputKey, BigDecimal> forChannels(java.util.Set<String> channels) {
        Map<InputKey, BigDecimal> values = phoneAndEmail();
        values.keySet().removeIf(key -> !key.channel().isEmpty() && !channels.contains(key.channel()));
        return values;
    }

    public static void put(Map<InputKey, BigDecimal> values, String code, String channel, String value) {
        values.put(InputKey.of(code, channel), new BigDecimal(value));
    }
}
