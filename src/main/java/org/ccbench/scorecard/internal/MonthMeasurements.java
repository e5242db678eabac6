package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Input;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.Measurement;
import org.ccbench.scoring.settlement.SlaItem;

/**
 * What an approved month says about an SLA item, with the contract's own definitions (e.g. short abandons left out):
 * the value, its denominator for {@code min_volume}, and the offered volume for the forecast corridor (offered calls
 * of a phone or chat item, received messages of a written one, and all offered calls for a unit-wide KPI).
 */
final class MonthMeasurements {

    private final RawInputs inputs;
    private final KpiParameters parameters;

    MonthMeasurements(ApprovedMonth month) {
        this.inputs = month.rawInputs();
        this.parameters = month.kpiParameters();
    }

    KpiDerivation.Quotient quotient(SlaItem item) {
        KpiDerivation.Quotient quotient = KpiDerivation.quotient(item.kpi(), item.breakdown(), inputs, parameters);
        return quotient == null || quotient.denominator().signum() == 0 ? null : quotient;
    }

    Measurement measure(SlaItem item) {
        KpiDerivation.Quotient quotient = quotient(item);
        Rational offered = Rational.of(offered(item));
        return quotient == null ? new Measurement(null, Rational.ZERO, offered)
                : new Measurement(quotient.value(), Rational.of(quotient.denominator()), offered);
    }

    BigDecimal offered(SlaItem item) {
        if (item.breakdown() instanceof Channel channel && channel.isAssisted()) {
            BigDecimal value = inputs.value(Channel.SYNC.contains(channel) ? Input.OFFERED : Input.RECEIVED, channel);
            return value == null ? BigDecimal.ZERO : value;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Channel channel : Channel.SYNC) {
            BigDecimal value = inputs.value(Input.OFFERED, channel);
            total = value == null ? total : total.add(value);
        }
        return total;
    }

    /** The recurring invoiced amount of the month ({@code total_cost}); zero when it is missing. */
    BigDecimal fee() {
        BigDecimal fee = inputs.value(Input.TOTAL_COST);
        return fee == null ? BigDecimal.ZERO : fee;
    }
}
