package org.ccbench.contract;

import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.SlaItem;

/**
 * One SLA item of a contract version (SCORING.md §1.2, §4.1). Rates are percent of the monthly fee per point of
 * shortfall or excess; caps are percent of the fee.
 *
 * @param kpiLabel        the KPI with its channel where it has one per channel: {@code SL[phone]}, {@code CSAT}
 * @param floor           the value that scores 0 on the scorecard
 * @param target          the value that scores 100; below it (in the worse direction) the malus runs
 * @param weight          the item's weight on the scorecard, ≥ 0
 * @param bonusThreshold  beyond it the bonus runs; null, with {@code bonusRate} and {@code bonusCap}, for no bonus
 * @param minVolume       below this denominator the item is not measurable
 * @param volumeProtected the malus is waived in a month whose offered volume exceeds the forecast corridor
 */
public record SlaTerm(String kpiLabel, BigDecimal floor, BigDecimal target, BigDecimal weight,
                      BigDecimal bonusThreshold, BigDecimal malusRate, BigDecimal malusCap, BigDecimal bonusRate,
                      BigDecimal bonusCap, long minVolume, boolean volumeProtected) {

    /** @throws IllegalArgumentException for a label that names no catalogue KPI */
    public Kpi kpi() {
        return kpiOf(kpiLabel);
    }

    /**
     * The channel (or quadrant) of the label, null for a KPI with a single value.
     *
     * @throws IllegalArgumentException for a label whose KPI has no such channel
     */
    public Breakdown breakdown() {
        return breakdownOf(kpiLabel);
    }

    /** The item as the settlement core uses it. */
    public SlaItem toSlaItem() {
        return new SlaItem(kpi(), breakdown(), Rational.of(target), rational(bonusThreshold), rational(malusRate),
                rational(malusCap), rational(bonusRate), rational(bonusCap), minVolume, volumeProtected);
    }

    /** The scorecard's floor/target rule for this item. */
    public TargetScore targetScore() {
        return new TargetScore(Rational.of(floor), Rational.of(target), kpi().direction());
    }

    /** The label of a KPI with, where it has one per channel, its channel. */
    public static String label(Kpi kpi, Breakdown breakdown) {
        return breakdown == null ? kpi.code() : kpi.code() + "[" + breakdown.code() + "]";
    }

    static Kpi kpiOf(String label) {
        int bracket = label.indexOf('[');
        return Kpi.ofCode(bracket < 0 ? label : label.substring(0, bracket));
    }

    static Breakdown breakdownOf(String label) {
        int bracket = label.indexOf('[');
        if (bracket < 0) {
            return null;
        }
        if (!label.endsWith("]")) {
            throw new IllegalArgumentException("malformed KPI label '" + label + "'");
        }
        Kpi kpi = kpiOf(label);
        String code = label.substring(bracket + 1, label.length() - 1);
        return kpi.breakdowns().stream().filter(breakdown -> breakdown.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kpi.code() + " has no value for '" + code + "'"));
    }

    private static Rational rational(BigDecimal value) {
        return value == null ? null : Rational.of(value);
    }
}
