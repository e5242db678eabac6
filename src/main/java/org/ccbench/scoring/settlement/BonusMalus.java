package org.ccbench.scoring.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Rational;

/** Settles a contract month (SCORING.md §4.1). */
public final class BonusMalus {

    private BonusMalus() {
    }

    /**
     * @param measurements one per item, in the items' order
     * @param monthlyFee   the recurring invoiced amount of the month, without one-off costs and the bonus/malus itself
     */
    public static Settlement settle(List<SlaItem> items, List<Measurement> measurements, SettlementTerms terms,
                                    BigDecimal monthlyFee) {
        if (items.size() != measurements.size()) {
            throw new IllegalArgumentException("one measurement per SLA item");
        }
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        List<SettlementLine> lines = new ArrayList<>();
        Rational sumMalus = Rational.ZERO;
        Rational sumBonus = Rational.ZERO;
        for (int i = 0; i < items.size(); i++) {
            SettlementLine line = line(items.get(i), measurements.get(i), terms);
            lines.add(line);
            sumMalus = sumMalus.plus(line.malusPercent());
            sumBonus = sumBonus.plus(line.bonusPercent());
        }
        Rational totalMalus = min(terms.maxTotalMalus(), sumMalus);
        boolean forfeited = terms.bonusGate() == BonusGate.NO_MALUS && sumMalus.signum() > 0 && sumBonus.signum() > 0;
        Rational totalBonus = terms.bonusGate() == BonusGate.NO_MALUS && sumMalus.signum() > 0 ? Rational.ZERO
                : min(terms.maxTotalBonus(), sumBonus);
        Rational net = totalBonus.minus(totalMalus);
        BigDecimal amount = Rational.of(monthlyFee).times(net).dividedBy(100).toBigDecimal(2);
        return new Settlement(lines, monthlyFee, sumMalus, sumBonus, totalMalus, totalBonus, forfeited, net, amount);
    }

    /**
     * One item: not measurable without a value, with a denominator below {@code min_volume}, or for a survey KPI on
     * fewer than its {@code min_sample} responses (its denominator is its number of responses, KPIS.md).
     */
    static SettlementLine line(SlaItem item, Measurement measurement, SettlementTerms terms) {
        Rational x = measurement.value();
        if (x == null || measurement.volume().compareTo(Rational.of(item.minVolume())) < 0
                || SurveySample.isSmall(item.kpi(), measurement.volume())) {
            return new SettlementLine(item, measurement, LineStatus.NOT_MEASURABLE, Rational.ZERO, Rational.ZERO,
                    Rational.ZERO, Rational.ZERO);
        }
        boolean higher = item.kpi().direction() == Direction.HIGHER_IS_BETTER;
        Rational shortfall = positive(higher ? item.target().minus(x) : x.minus(item.target()));
        Rational excess = !item.hasBonus() ? Rational.ZERO
                : positive(higher ? x.minus(item.bonusThreshold()) : item.bonusThreshold().minus(x));
        Rational malus = min(item.malusCap(), shortfall.times(item.malusRate()));
        Rational bonus = !item.hasBonus() ? Rational.ZERO : min(item.bonusCap(), excess.times(item.bonusRate()));
        Rational ceiling = terms.volumeCeiling();
        if (item.volumeProtected() && ceiling != null && measurement.offered().compareTo(ceiling) > 0) {
            return new SettlementLine(item, measurement, LineStatus.WAIVED, shortfall, excess, Rational.ZERO, bonus);
        }
        return new SettlementLine(item, measurement, LineStatus.MEASURED, shortfall, excess, malus, bonus);
    }

    private static Rational positive(Rational value) {
        return value.signum() < 0 ? Rational.ZERO : value;
    }

    private static Rational min(Rational a, Rational b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
