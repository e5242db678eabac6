package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.Set;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;

/**
 * A unit whose approved months cover a whole month, quarter or year, with those months summed (KPIS.md: ratio of sums)
 * and the peer attributes benchmarking places it by, as they are now.
 *
 * @param inputs          the months' raw inputs summed, the channels the unit does not serve counted as 0
 * @param kpiParameters   the definitions of the period's last month
 * @param monthParameters the distinct definitions of the period's months: more than one when they changed within it
 */
public record ApprovedPeriod(long unitId, long organisationId, Long vendorId, String sector, BigDecimal agentFte,
                             Set<String> channels, RawInputs inputs, KpiParameters kpiParameters,
                             Set<KpiParameters> monthParameters) {

    public ApprovedPeriod {
        channels = Set.copyOf(channels);
        monthParameters = Set.copyOf(monthParameters);
    }

    public boolean inHouse() {
        return vendorId == null;
    }
}
