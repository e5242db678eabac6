package org.ccbench.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.kpi.ApprovedMonth;
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

    /** @param months the unit's approved months of the period; null unless they cover all {@code periodMonths} */
    public static BigDecimal of(List<ApprovedMonth> months, int periodMonths) {
        if (months == null || months.size() != periodMonths) {
            return null;
        }
        UnitPeriod unit = UnitPeriod.of(months);
        DerivedKpi eliminate = KpiDerivation.derive(Kpi.VMX, Quadrant.ELIMINATE, unit.inputs(), unit.kpiParameters());
        DerivedKpi simplify = KpiDerivation.derive(Kpi.VMX, Quadrant.SIMPLIFY, unit.inputs(), unit.kpiParameters());
        if (!eliminate.hasValue() || !simplify.hasValue()) {
            return null;
        }
        return Display.round(eliminate.value().plus(simplify.value()), Kpi.VMX.displayDecimals());
    }
}
