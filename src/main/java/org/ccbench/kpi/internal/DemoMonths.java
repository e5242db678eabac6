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
        return month(channels, seed, seed, scale);
    }

    /**
     * @param unitSeed the unit's own seed: the mix of contact reasons, complaints, NPS and shrinkage is the unit's
     *                 own and moves a little from month to month, so peers differ and no figure has zero spread
     */
    static Map<InputKey, BigDecimal> month(Set<String> channels, long unitSeed, long seed, double scale) {
        Random random = new Random(seed);
        Random unit = new Random(unitSeed * 7919 + 17);
        Random drift = new Random(seed * 31 + 7);
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
        put(values, "complaints", "", Math.round(handledTotal * level(unit, drift, 0.002, 0.005)));
        long coded = Math.round(handledTotal * level(unit, drift, 0.45, 0.8));
        double eliminate = level(unit, drift, 0.18, 0.4);
        double simplify = level(unit, drift, 0.15, 0.3);
        double automate = level(unit, drift, 0.1, 0.3);
        put(values, "vm_eliminate", "", Math.round(coded * eliminate));
        put(values, "vm_simplify", "", Math.round(coded * simplify));
        put(values, "vm_automate", "", Math.round(coded * automate));
        put(values, "vm_leverage", "", coded - Math.round(coded * eliminate) - Math.round(coded * simplify)
                - Math.round(coded * automate));
        long csat = Math.round(handledTotal * 0.04);
        put(values, "csat_responses", "", csat);
        put(values, "csat_top2", "", Math.round(csat * (0.7 + random.nextDouble() * 0.2)));
        double promoters = level(unit, drift, 0.3, 0.5);
        double detractors = level(unit, drift, 0.12, 0.3);
        put(values, "nps_promoters", "", Math.round(csat * promoters));
        put(values, "nps_passives", "", Math.round(csat * (1 - promoters - detractors)));
        put(values, "nps_detractors", "", Math.round(csat * detractors));
        put(values, "fcr_yes", "", Math.round(csat * (0.65 + random.nextDouble() * 0.2)));
        put(values, "fcr_no", "", Math.round(csat * 0.2));
        double paid = workSeconds / 3600 / (0.6 + random.nextDouble() * 0.1);
        values.put(InputKey.of("paid_agent_hours"), hours(paid));
        values.put(InputKey.of("staffed_hours"), hours(paid * level(unit, drift, 0.76, 0.88)));
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

    /** The unit's own level between {@code low} and {@code high}, moved up to 5% either way in this month. */
    private static double level(Random unit, Random drift, double low, double high) {
        return (low + unit.nextDouble() * (high - low)) * vary(drift, 0.05);
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
