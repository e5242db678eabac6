package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import org.ccbench.scorecard.CostSummary;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.Input;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;

/**
 * The period's cost and the cost of failure demand: (repeat contacts + avoidable contacts) × cost per contact, where
 * avoidable contacts are the reason-coded ones in the eliminate and automate quadrants (KPIS.md note 3).
 */
record CostFigures(CostSummary summary, Rational costPerContact) {

    static CostFigures of(RawInputs inputs, KpiParameters parameters) {
        if (inputs == null) {
            return new CostFigures(new CostSummary(null, null, null, null, null, null, null, null), null);
        }
        Rational cpc = value(Kpi.CPC, inputs, parameters);
        Rational cpm = value(Kpi.CPM, inputs, parameters);
        BigDecimal handled = BigDecimal.ZERO;
        for (Channel channel : Channel.ASSISTED) {
            BigDecimal value = inputs.value(Input.HANDLED, channel);
            handled = value == null ? handled : handled.add(value);
        }
        BigDecimal repeat = inputs.value(Input.REPEAT_CONTACTS);
        BigDecimal eliminate = inputs.value(Input.VM_ELIMINATE);
        BigDecimal automate = inputs.value(Input.VM_AUTOMATE);
        BigDecimal avoidable = eliminate == null || automate == null ? null : eliminate.add(automate);
        BigDecimal failure = cpc == null || repeat == null || avoidable == null ? null
                : Rational.of(repeat.add(avoidable)).times(cpc).toBigDecimal(2);
        return new CostFigures(new CostSummary(inputs.value(Input.TOTAL_COST), inputs.value(Input.ONE_OFF_COST),
                handled, cpc == null ? null : Display.round(cpc, 2), cpm == null ? null : Display.round(cpm, 2),
                repeat, avoidable, failure), cpc);
    }

    private static Rational value(Kpi kpi, RawInputs inputs, KpiParameters parameters) {
        DerivedKpi derived = KpiDerivation.derive(kpi, null, inputs, parameters);
        return derived.hasValue() ? derived.value() : null;
    }
}
