package org.ccbench.benchmark.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.ApprovedPeriod;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.peer.SourcingModel;

/**
 * One unit's approved months of a period summed (KPIS.md: ratio of sums), with the peer dimensions it is compared in.
 * Inputs of channels the unit does not serve count as 0, so unit totals such as CPC keep a value.
 *
 * @param vendorId         the vendor of an outsourced unit (its contract's), as in the period's last month
 * @param kpiParameters    the unit's peer keys, the benchmark value of the other parameters (short abandons counted),
 *                         as in the period's last month
 * @param monthDefinitions the distinct definitions of the period's months, the same way: more than one when the
 *                         unit's definitions changed within the period
 */
record UnitPeriod(long unitId, long organisationId, Long vendorId, SourcingModel sourcing, String sector, SizeBand size,
                  Set<String> channels, RawInputs inputs, KpiParameters kpiParameters,
                  Set<KpiParameters> monthDefinitions) {

    private static final Map<String, String> SECTOR_CODES = new ConcurrentHashMap<>();

    static UnitPeriod of(List<ApprovedMonth> months) {
        ApprovedMonth last = months.getLast();
        List<RawInputs> parts = months.stream().map(ApprovedMonth::rawInputs).toList();
        return new UnitPeriod(last.unitId(), last.organisationId(), last.vendorId(),
                last.inHouse() ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED,
                sectorCode(last.sector()), SizeBand.of(last.agentFte()), last.channels(),
                RawInputs.sum(parts), last.kpiParameters().forBenchmark(), months.stream()
                        .map(month -> month.kpiParameters().forBenchmark()).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The same from a period summed and stored beforehand; {@code forBenchmark} gives the benchmark value of a unit's
     * definitions and {@code monthsForBenchmark} that of its months' distinct definitions (thousands of units share a
     * few, so the caller may keep them and give every unit the same instances).
     */
    static UnitPeriod of(ApprovedPeriod period, UnaryOperator<KpiParameters> forBenchmark,
                         UnaryOperator<Set<KpiParameters>> monthsForBenchmark) {
        return new UnitPeriod(period.unitId(), period.organisationId(), period.vendorId(),
                period.inHouse() ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED,
                sectorCode(period.sector()), SizeBand.of(period.agentFte()), period.channels(),
                period.inputs(), forBenchmark.apply(period.kpiParameters()),
                monthsForBenchmark.apply(period.monthParameters()));
    }

    /**
     * Whether every month of the period was measured with the same peer-key parameters for this KPI: a quarter of
     * 20-s and 30-s months has no service level to compare (its sum mixes two definitions).
     */
    boolean sameDefinitionThroughout(Kpi kpi, Breakdown breakdown) {
        return monthDefinitions.size() <= 1 || monthDefinitions.stream()
                .map(definitions -> PeerComparison.peerKey(kpi, breakdown, definitions)).distinct().count() <= 1;
    }

    /**
     * Whether the unit is an eligible peer observation of this KPI (SCORING.md §2.1): it reports the KPI, measured it
     * with the same definition in every month, and a survey KPI rests on at least {@code min_sample} responses.
     */
    boolean isPeerObservation(Kpi kpi, Breakdown breakdown) {
        return reports(breakdown) && sameDefinitionThroughout(kpi, breakdown) && !SurveySample.isSmall(kpi, inputs);
    }

    /**
     * Whether the unit takes part in this KPI's figures: a per-channel KPI only for units serving the channel (a
     * channel a unit does not serve counts as 0 in its totals, but is no observation of that channel).
     */
    boolean reports(Breakdown breakdown) {
        return !(breakdown instanceof Channel channel) || channels.contains(channel.code());
    }

    /**
     * The sector's code in lower case, one instance per code: a peer table looks up every unit's sector, and 30,000
     * equal strings read from 30,000 rows compared character by character were a tenth of building it.
     */
    private static String sectorCode(String sector) {
        return SECTOR_CODES.computeIfAbsent(sector, code -> code.toLowerCase(Locale.ROOT));
    }
}
