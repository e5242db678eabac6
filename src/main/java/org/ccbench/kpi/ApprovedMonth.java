package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

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
}
