package org.ccbench.benchmark.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * One unit's approved months of a period summed (KPIS.md: ratio of sums), with the peer dimensions it is compared in.
 * Inputs of channels the unit does not serve count as 0, so unit totals such as CPC keep a value.
 *
 * @param kpiParameters the unit's peer keys, the benchmark value of the other parameters (short abandons counted)
 */
record UnitPeriod(long unitId, long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                  Set<String> channels, RawInputs inputs, KpiParameters kpiParameters) {

    static UnitPeriod of(List<ApprovedMonth> months) {
        ApprovedMonth last = months.getLast();
        List<RawInputs> parts = months.stream().map(ApprovedMonth::rawInputs).toList();
        return new UnitPeriod(last.unitId(), last.organisationId(),
                last.inHouse() ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED,
                last.sector().toLowerCase(Locale.ROOT), SizeBand.of(last.agentFte()), last.channels(),
                RawInputs.sum(parts), last.kpiParameters().forBenchmark());
    }

    /**
     * Whether the unit takes part in this KPI's figures: a per-channel KPI only for units serving the channel (a
     * channel a unit does not serve counts as 0 in its totals, but is no observation of that channel).
     */
    boolean reports(Breakdown breakdown) {
        return !(breakdown instanceof Channel channel) || channels.contains(channel.code());
    }
}
