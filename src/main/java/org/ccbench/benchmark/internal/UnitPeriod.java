package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * One unit's approved months of a period summed (KPIS.md: ratio of sums), with the peer dimensions it is compared in.
 * Inputs of channels the unit does not serve count as 0, so unit totals such as CPC keep a value.
 */
record UnitPeriod(long unitId, long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                  Set<String> channels, RawInputs inputs, Map<InputKey, BigDecimal> parameters) {

    static UnitPeriod of(List<ApprovedMonth> months) {
        ApprovedMonth last = months.getLast();
        List<RawInputs> parts = months.stream().map(UnitPeriod::inputs).toList();
        return new UnitPeriod(last.unitId(), last.organisationId(),
                last.inHouse() ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED,
                last.sector().toLowerCase(Locale.ROOT), SizeBand.of(last.agentFte()), last.channels(),
                RawInputs.sum(parts), last.parameters());
    }

    /**
     * Whether the unit takes part in this KPI's figures: a per-channel KPI only for units serving the channel (a
     * channel a unit does not serve counts as 0 in its totals, but is no observation of that channel).
     */
    boolean reports(Breakdown breakdown) {
        return !(breakdown instanceof Channel channel) || channels.contains(channel.code());
    }

    /** The parameters the derivation uses for peers: the unit's peer keys, the benchmark value of the rest. */
    KpiParameters kpiParameters() {
        KpiParameters defaults = KpiParameters.DEFAULTS;
        Map<Channel, BigDecimal> hours = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.ASYNC) {
            hours.put(channel, parameters.getOrDefault(InputKey.of("threshold_hours", channel.code()),
                    defaults.thresholdHours(channel)));
        }
        return new KpiParameters(intOf("threshold_seconds", defaults.thresholdSeconds()), hours, false,
                intOf("repeat_window_days", defaults.repeatWindowDays()),
                intOf("fallout_window_hours", defaults.falloutWindowHours()));
    }

    private int intOf(String code, int fallback) {
        BigDecimal value = parameters.get(InputKey.of(code));
        return value == null ? fallback : value.intValueExact();
    }

    private static RawInputs inputs(ApprovedMonth month) {
        RawInputs.Builder builder = RawInputs.builder(month.month()).zeroChannelsNotServed(month.channels());
        month.inputs().forEach((key, value) -> builder.put(key.field(), value));
        return builder.build();
    }
}
