package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;

/**
 * A unit-month's approved revision with what benchmarking needs to place it in a peer cell (SCORING.md §2.1–§2.2):
 * the client organisation it counts for, in-house or outsourced, the contact center's sector and agent FTE.
 *
 * @param channels   the catalogue channel codes the unit serves; the inputs of other channels count as 0
 * @param revisionId the approved revision, for a score's provenance (SCORING.md §6)
 */
public record ApprovedMonth(long unitId, long organisationId, boolean inHouse, Long vendorId, String sector,
                            BigDecimal agentFte, Set<String> channels, YearMonth month, long revisionId,
                            Map<InputKey, BigDecimal> inputs, Map<InputKey, BigDecimal> parameters) {

    public ApprovedMonth {
        channels = Set.copyOf(channels);
        inputs = Map.copyOf(inputs);
        parameters = Map.copyOf(parameters);
    }

    /** The month's raw inputs for the derivation; inputs of channels the unit does not serve count as 0. */
    public RawInputs rawInputs() {
        RawInputs.Builder builder = RawInputs.builder(month).zeroChannelsNotServed(channels);
        inputs.forEach((key, value) -> builder.put(key.field(), value));
        return builder.build();
    }

    /** The definitions the unit measured with (its contract's, e.g. SL at 30 s with short abandons left out). */
    public KpiParameters kpiParameters() {
        return DefinitionParameters.toKpiParameters(parameters);
    }
}
