package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.kpi.InputKey;

/** Plausible, consistent raw inputs for one demo unit-month, from a seed so every start gives the same figures. */
final class DemoMonths {

    private static final Map<String, Integer> HANDLE_SECONDS = Map.of("phone", 310, "chat", 420, "email", 290,
            "social", 240, "messaging", 360);

    private DemoMonths() {
    }

    static Map<InputKey, BigDecimal> month(Set<String> channels, long seed, double scale) {
        Random random = new Random(seed);
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>();
        long handledTotal = 0;
        double workSeconds = 0;
        for (String channel : new String[] {"phone", "chat", "email", "social", "messaging"}) {
            if (!channels.contains(channel)) {
                continue;
            }
            long handled;
            if (channel.equals("phone") || channel.equals("chat")) {
                long offered = Math.round(scale * (channel.equals("phone") ? 9000 : 3000) * vary(random, 0.12));
                long abandoned = Math.round(offered * (0.02 + random.nextDouble() * 0.05));
                handled = offered - abandoned - Math.round(offered * random.nextDouble() * 0.01);
                put(values, "offered", channel, offered);
                put(values, "abandoned", channel, abandoned);
                put(values, "short_abandoned", channel, Math.round(abandoned * 0.3));
                put(values, "answered_within_threshold", channel, Math.round(handled * (0.72 + random.nextDouble() * 0.2)));
                put(values, "answer_wait_seconds", channel, Math.round(handled * (15 + random.nextDouble() * 50)));
            } else {
                long received = Math.round(scale * 2000 * vary(random, 0.15));
                handled = Math.round(received * (0.95 + random.nextDouble() * 0.04));
                put(values, "received", channel, received);
                put(values, "responded_within_threshold", channel, Math.round(received * (0.8 + random.nextDouble() * 0.18)));
            }
            double handleSeconds = HANDLE_SECONDS.get(channel) * vary(random, 0.1);
            put(values, "handled", channel, handled);
            put(values, "talk_seconds", channel, Math.round(handled * handleSeconds * 0.8));
            put(values, "hold_seconds", channel, channel.equals("phone") ? Math.round(handled * 15.0) : 0);
            put(values, "wrap_seconds", channel, Math.round(handled * handleSeconds * 0.2));
            put(values, "transferred", channel, Math.round(handled * (0.03 + random.nextDouble() * 0.06)));
            handledTotal += handled;
            workSeconds += handled * handleSeconds + (channel.equals("phone") ? handled * 15.0 : 0);
        }
        if (channels.contains("self_service")) {
            long sessions = Math.round(scale * 12000 * vary(random, 0.2));
            put(values, "ss_sessions", "", sessions);
            put(values, "ss_completed", "", Math.round(sessions * 0.62));
            put(values, "ss_fallout", "", Math.round(sessions * 0.11));
        }
        put(values, "repeat_contacts", "", Math.round(handledTotal * (0.08 + random.nextDouble() * 0.12)));
        put(values, "complaints", "", Math.round(handledTotal * 0.003));
        long coded = Math.round(handledTotal * 0.6);
        put(values, "vm_eliminate", "", Math.round(coded * 0.3));
        put(values, "vm_simplify", "", Math.round(coded * 0.25));
        put(values, "vm_automate", "", Math.round(coded * 0.2));
        put(values, "vm_leverage", "", Math.round(coded * 0.25));
        long csat = Math.round(handledTotal * 0.04);
        put(values, "csat_responses", "", csat);
        put(values, "csat_top2", "", Math.round(csat * (0.7 + random.nextDouble() * 0.2)));
        put(values, "nps_promoters", "", Math.round(csat * 0.4));
        put(values, "nps_passives", "", Math.round(csat * 0.35));
        put(values, "nps_detractors", "", Math.round(csat * 0.25));
        put(values, "fcr_yes", "", Math.round(csat * (0.65 + random.nextDouble() * 0.2)));
        put(values, "fcr_no", "", Math.round(csat * 0.2));
        double paid = workSeconds / 3600 / (0.6 + random.nextDouble() * 0.1);
        values.put(InputKey.of("paid_agent_hours"), hours(paid));
        values.put(InputKey.of("staffed_hours"), hours(paid * 0.82));
        values.put(InputKey.of("contracted_hours"), hours(paid * 1.04));
        values.put(InputKey.of("sickness_hours"), hours(paid * (0.03 + random.nextDouble() * 0.05)));
        long headcount = Math.max(1, Math.round(paid / 130));
        put(values, "headcount_start", "", headcount);
        put(values, "headcount_end", "", headcount + random.nextInt(3) - 1);
        put(values, "leavers", "", random.nextInt(3));
        values.put(InputKey.of("agent_gross_wages"), money(paid * (14 + random.nextDouble() * 2)));
        values.put(InputKey.of("total_cost"), money(handledTotal * (5.5 + random.nextDouble() * 2.5)));
        put(values, "one_off_cost", "", 0);
        return values;
    }

    private static double vary(Random random, double spread) {
        return 1 + (random.nextDouble() * 2 - 1) * spread;
    }

    private static void put(Map<InputKey, BigDecimal> values, String code, String channel, long value) {
        values.put(InputKey.of(code, channel), BigDecimal.valueOf(value));
    }

    private static BigDecimal hours(double hours) {
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(double euros) {
        return BigDecimal.valueOf(euros).setScale(2, RoundingMode.HALF_UP);
    }
}
