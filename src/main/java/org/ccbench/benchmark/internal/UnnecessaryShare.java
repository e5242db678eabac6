package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.Quadrant;
import org.ccbench.scoring.numbers.Display;

/**
 * KPIS.md note 3: "unnecessary or irrelevant contacts" = VMX[eliminate] + VMX[simplify], a secondary figure of the
 * value matrix, summed exactly before it is rounded.
 */
public final class UnnecessaryShare {

    private UnnecessaryShare() {
    }

    /** The unit's share, or null unless its months cover the period with none excluded from the value matrix. */
    public static BigDecimal of(PeriodUnits units, long unitId) {
        UnitPeriod unit = units.forKpi(Kpi.VMX).get(unitId);
        if (unit == null) {
            return null;
        }
        DerivedKpi eliminate = KpiDerivation.derive(Kpi.VMX, Quadrant.ELIMINATE, unit.inputs(), unit.kpiParameters());
        DerivedKpi simplify = KpiDerivation.derive(Kpi.VMX, Quadrant.SIMPLIFY, unit.inputs(), unit.kpiParameters());
        if (!eliminate.hasValue() || !simplify.hasValue()) {
            return null;
        }
        return Display.round(eliminate.value().plus(simplify.value()), Kpi.VMX.displayDecimals());
    }
}
