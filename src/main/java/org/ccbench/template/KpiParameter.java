package org.ccbench.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A definition parameter of one or more KPIs, such as {@code threshold_seconds} (KPIS.md "Parameters"). Each
 * submission stores the values it was measured with, so only like is compared with like.
 *
 * @param defaults       the catalogue default: one value under the key {@code ""}, or one per channel
 * @param allowed        the only values allowed, or empty for any value of the type
 * @param peerKey        observations are peer-compared only with observations that use the same value
 * @param benchmarkValue the value peer benchmarks always use (e.g. {@code excl_short} 0), or null
 */
public record KpiParameter(String code, String type, Map<String, BigDecimal> defaults, List<BigDecimal> allowed,
                           String scope, boolean peerKey, BigDecimal benchmarkValue) {

    public static final String WHOLE_UNIT = "";

    public KpiParameter {
        defaults = Map.copyOf(defaults);
        allowed = List.copyOf(allowed);
    }

    public boolean perChannel() {
        return !defaults.containsKey(WHOLE_UNIT);
    }
}
