package org.ccbench.kpi.api;

import java.math.BigDecimal;
import java.util.SortedMap;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.kpi.KpiDefinitionService;

/**
 * A unit's KPI definitions in force for a month, keyed as a revision's {@code parameters} and the upload template's
 * definition columns ({@code threshold_seconds}, {@code threshold_hours[email]} …).
 *
 * @param version       the definitions version in force, null when the unit uses the catalogue defaults
 * @param effectiveFrom the month that version took effect, null for the catalogue defaults
 */
public record ApiDefinitions(long unitId, String period, Integer version, String effectiveFrom,
                             SortedMap<String, BigDecimal> parameters) {

    static ApiDefinitions of(long unitId, KpiDefinitionService.InForceAsStored found) {
        KpiDefinitionInForce inForce = found.inForce();
        return new ApiDefinitions(unitId, inForce.month().toString(),
                inForce.version() == null ? null : inForce.version().number(),
                inForce.version() == null ? null : inForce.version().effectiveFrom().toString(),
                ApiRevision.byField(found.parameters()));
    }
}
