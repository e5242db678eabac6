package org.ccbench.scorecard.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.SurveySample;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusMalus;
import org.ccbench.scoring.settlement.Measurement;
import org.ccbench.scoring.settlement.Settlement;
import org.ccbench.scoring.settlement.SettlementLine;
import org.ccbench.scoring.settlement.SettlementTerms;
import org.ccbench.scoring.settlement.SlaItem;

/**
 * Settles an approved month under the contract version in force (SCORING.md §4.1) and records every input. The record
 * writes exact fractions with {@value #EXACT} decimals for the spreadsheet; sums over months are computed from the
 * exact {@link Settlement}, never from the record.
 */
final class MonthSettlements {

    /** Exact figures are written with this many decimals; the spreadsheet recomputes them from the inputs. */
    static final int EXACT = 10;

    private MonthSettlements() {
    }

    /** A settled month: the exact settlement to compute with, and the record that shows and exports it. */
    record Settled(Settlement exact, MonthSettlement record) {
    }

    static Settled settle(YearMonth month, ApprovedMonth approved, TermsInForce terms) {
        MonthMeasurements measurements = new MonthMeasurements(approved);
        List<SlaItem> items = terms.items().stream().map(TermItem::item).toList();
        List<Measurement> measured = items.stream().map(measurements::measure).toList();
        BigDecimal fee = measurements.fee();
        Settlement settlement = BonusMalus.settle(items, measured, terms.settlement(), fee);
        List<MonthLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(line(settlement.lines().get(i), measurements.quotient(items.get(i)),
                    terms.settlement()));
        }
        SettlementTerms settlementTerms = terms.settlement();
        return new Settled(settlement, new MonthSettlement(month, terms.number(), approved.revisionId(), fee, lines,
                exact(settlementTerms.maxTotalMalus()), exact(settlementTerms.maxTotalBonus()),
                settlementTerms.bonusGate(), exact(settlement.sumMalus()), exact(settlement.sumBonus()),
                exact(settlement.totalMalus()), exact(settlement.totalBonus()), settlement.bonusForfeited(),
                exact(settlement.netPercent()), settlement.amount()));
    }

    private static MonthLine line(SettlementLine line, KpiDerivation.Quotient quotient, SettlementTerms terms) {
        SlaItem item = line.item();
        Measurement measurement = line.measurement();
        return new MonthLine(item.label(), item.kpi().direction(), quotient == null ? null : quotient.numerator(),
                quotient == null ? null : quotient.denominator(), exact(measurement.value()),
                exact(measurement.volume()), item.minVolume(), item.volumeProtected(), exact(measurement.offered()),
                exact(terms.volumeCeiling()), exact(item.target()), exact(item.bonusThreshold()),
                exact(item.malusRate()), exact(item.malusCap()), exact(item.bonusRate()), exact(item.bonusCap()),
                line.status(), exact(line.shortfall()), exact(line.excess()), exact(line.malusPercent()),
                exact(line.bonusPercent()), SurveySample.minSample(item.kpi()), line.smallSample());
    }

    static BigDecimal exact(Rational value) {
        return value == null ? null : value.toBigDecimal(EXACT).stripTrailingZeros();
    }
}
