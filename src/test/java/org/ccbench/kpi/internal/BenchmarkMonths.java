package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.InputKey;

/**
 * Test support: the demo seeder's plausible, consistent months, completed with the optional inputs the demo leaves
 * out (customer base, effort score, quality evaluations), so every input of the catalogue is filled.
 */
public final class BenchmarkMonths {

    private BenchmarkMonths() {
    }

    public static Map<InputKey, BigDecimal> month(Set<String> channels, long seed) {
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>(DemoMonths.month(channels, seed, 1.0));
        long responses = values.getOrDefault(InputKey.of("csat_responses"), BigDecimal.ZERO).longValue();
        values.put(InputKey.of("active_customers"), BigDecimal.valueOf(250_000 + seed * 1_000));
        values.put(InputKey.of("ces_responses"), BigDecimal.valueOf(responses));
        values.put(InputKey.of("ces_score_sum"), BigDecimal.valueOf(responses * (45 + seed % 10) / 10));
        values.put(InputKey.of("qm_evaluations"), BigDecimal.valueOf(120 + seed % 30));
        values.put(InputKey.of("qm_score_sum"), BigDecimal.valueOf((120 + seed % 30) * (80L + seed % 15)));
        return values;
    }
}
