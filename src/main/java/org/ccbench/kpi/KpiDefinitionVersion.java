package org.ccbench.kpi;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * One saved version of a reporting unit's KPI definitions (KPIS.md "Parameters"): effective from the first day of
 * {@code effectiveFrom} until a later version takes effect. A saved version never changes.
 *
 * @param parameters the definition parameters: SL threshold and {@code excl_short}, WRT thresholds per written
 *                   channel, the RCR repeat window and the SSF fallout window
 */
public record KpiDefinitionVersion(long id, long unitId, int number, YearMonth effectiveFrom,
                                   KpiParameters parameters, String reason, OffsetDateTime createdAt,
                                   String createdBy) {
}
