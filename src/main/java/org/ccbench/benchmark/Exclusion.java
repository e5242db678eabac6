package org.ccbench.benchmark;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * An approved unit-month kept out of peer figures, for one KPI or (kpi null) all of them.
 *
 * @param unitLabel the unit, its client and its vendor, as the administrator chose it
 */
public record Exclusion(long id, long unitId, String unitLabel, YearMonth period, String kpi, String reason,
                        OffsetDateTime createdAt, String createdBy) {

    public boolean allKpis() {
        return kpi == null;
    }
}
