package org.ccbench.scoring.settlement;

import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Rational;

/**
 * One SLA item settled for a month. Shortfall and excess are exact, never rounded to whole points (§4.1).
 *
 * @param malusPercent after the line cap, 0 when not measurable or waived
 * @param bonusPercent after the line cap, before the total cap and the bonus gate
 */
public record SettlementLine(SlaItem item, Measurement measurement, LineStatus status, Rational shortfall,
                             Rational excess, Rational malusPercent, Rational bonusPercent) {

    /** Not measurable because a survey KPI rests on fewer than its {@code min_sample} responses (its volume). */
    public boolean smallSample() {
        return status == LineStatus.NOT_MEASURABLE && measurement.value() != null
                && SurveySample.isSmall(item.kpi(), measurement.volume());
    }
}
