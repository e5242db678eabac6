package org.ccbench.kpi;

import java.time.YearMonth;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * The KPI definitions that govern a unit's month: those of the version in force on its first day, or the catalogue
 * defaults when the unit has no version for that month.
 *
 * @param version the version in force, or null for the catalogue defaults
 */
public record KpiDefinitionInForce(YearMonth month, KpiParameters parameters, KpiDefinitionVersion version) {

    /** Whether these are the catalogue's defaults because no version is in force. */
    public boolean catalogueDefaults() {
        return version == null;
    }
}
