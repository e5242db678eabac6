package org.ccbench.scoring.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/** SCORING.md §4.2: fee €120 000, caps 10% / 5%, SL volume-protected with forecast 9 500 and corridor 10%. */
class BonusMalusWorkedExampleTest {

    private static final BigDecimal FEE = new BigDecimal("120000");

    private static final List<SlaItem> ITEMS = List.of(
            item(Kpi.SL, Channel.PHONE, "80", "85", "0.5", "4", "0.25", "1", true),
            item(Kpi.FCR, null, "75", "80", "0.4", "3", "0.2", "1", false),
            item(Kpi.CSAT, null, "85", "90", "0.3", "3", "0.2", "1", false),
            item(Kpi.RCR, null, "15", "10", "0.2", "2", "0.2", "1", false),
            item(Kpi.WRT, Channel.EMAIL, "90", null, "0.2", "2", null, null, false));

    @Test
    void withoutAGateBonusAndMalusAreNetted() {
        Settlement settlement = BonusMalus.settle(ITEMS, measurements(10_000, 7_640), terms(BonusGate.NONE), FEE);

        assertThat(settlement.lines()).extracting(line -> line.malusPercent().toBigDecimal(2))
                .containsExactly(new BigDecimal("1.80"), new BigDecimal("0.00"), new BigDecimal("0.30"),
                        new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(settlement.lines()).extracting(line -> line.bonusPercent().toBigDecimal(2))
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.40"), new BigDecimal("0.00"),
                        new BigDecimal("0.20"), new BigDecimal("0.00"));
        assertThat(settlement.lines().getFirst().shortfall()).isEqualTo(Rational.parse("3.6"));
        assertThat(settlement.lines().get(1).excess()).isEqualTo(Rational.of(2));
        assertThat(settlement.sumMalus()).isEqualTo(Rational.parse("2.1"));
        assertThat(settlement.sumBonus()).isEqualTo(Rational.parse("0.6"));
        assertThat(settlement.netPercent()).isEqualTo(Rational.parse("-1.5"));
        assertThat(settlement.amount()).isEqualByComparingTo("-1800.00");
        assertThat(settlement.bonusForfeited()).isFalse();
        assertThat(settlement.lines()).extracting(SettlementLine::status).containsOnly(LineStatus.MEASURED);
    }

    @Test
    void theNoMalusGateForfeitsTheBonus() {
        Settlement settlement = BonusMalus.settle(ITEMS, measurements(10_000, 7_640), terms(BonusGate.NO_MALUS), FEE);

        assertThat(settlement.totalBonus()).isEqualTo(Rational.ZERO);
        assertThat(settlement.bonusForfeited()).isTrue();
        assertThat(settlement.netPercent()).isEqualTo(Rational.parse("-2.1"));
        assertThat(settlement.amount()).isEqualByComparingTo("-2520.00");
    }

    @Test
    void offeredAboveTheCorridorWaivesTheServiceLevelMalusButNotTheBonuses() {
        Settlement settlement = BonusMalus.settle(ITEMS, measurements(11_000, 8_404), terms(BonusGate.NONE), FEE);

        SettlementLine serviceLevel = settlement.lines().getFirst();
        assertThat(serviceLevel.measurement().value()).isEqualTo(Rational.parse("76.4"));
        assertThat(serviceLevel.status()).isEqualTo(LineStatus.WAIVED);
        assertThat(serviceLevel.malusPercent()).isEqualTo(Rational.ZERO);
        assertThat(settlement.sumMalus()).isEqualTo(Rational.parse("0.3"));
        assertThat(settlement.netPercent()).isEqualTo(Rational.parse("0.3"));
        assertThat(settlement.amount()).isEqualByComparingTo("360.00");
    }

    @Test
    void atTheCeilingTheMalusStillApplies() {
        Settlement settlement = BonusMalus.settle(ITEMS, measurements(10_450, 7_983.8), terms(BonusGate.NONE), FEE);

        assertThat(settlement.lines().getFirst().status()).as("10 450 is not above the ceiling")
                .isEqualTo(LineStatus.MEASURED);
    }

    @Test
    void capsPerLineAndInTotalAndAVolumeBelowTheMinimumIsNotMeasured() {
        SlaItem steep = item(Kpi.SL, Channel.PHONE, "80", null, "5", "4", null, null, false);
        SlaItem other = item(Kpi.CSAT, null, "85", null, "5", "8", null, null, false);
        SlaItem small = new SlaItem(Kpi.FCR, null, Rational.of(75), null, Rational.ONE, Rational.of(3), null, null,
                200, false);
        SettlementTerms terms = new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE, null, null);

        Settlement settlement = BonusMalus.settle(List.of(steep, other, small), List.of(
                measured("70", 1000), measured("80", 500), measured("50", 199)), terms, FEE);

        assertThat(settlement.lines()).extracting(SettlementLine::malusPercent)
                .containsExactly(Rational.of(4), Rational.of(8), Rational.ZERO);
        assertThat(settlement.lines().get(2).status()).isEqualTo(LineStatus.NOT_MEASURABLE);
        assertThat(settlement.totalMalus()).as("12% capped at 10%").isEqualTo(Rational.of(10));
        assertThat(settlement.amount()).isEqualByComparingTo("-12000.00");
    }

    @Test
    void aBonusThresholdOnTheWrongSideOfTheTargetIsRefused() {
        assertThatThrownBy(() -> item(Kpi.RCR, null, "10", "15", "0.2", "2", "0.2", "1", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bonus threshold of RCR");
        assertThatThrownBy(() -> item(Kpi.VOL, Channel.PHONE, "10", null, "0.2", "2", null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neutral");
    }

    private static List<Measurement> measurements(long offered, double answered) {
        Rational sl = Rational.parse(BigDecimal.valueOf(answered).toPlainString()).times(100).dividedBy(offered);
        return List.of(new Measurement(sl, Rational.of(offered), Rational.of(offered)),
                new Measurement(Rational.of(410 * 100, 500), Rational.of(500), Rational.of(offered)),
                new Measurement(Rational.of(420 * 100, 500), Rational.of(500), Rational.of(offered)),
                new Measurement(Rational.of(837 * 100, 9300), Rational.of(9300), Rational.of(offered)),
                new Measurement(Rational.of(1910 * 100, 2000), Rational.of(2000), Rational.of(offered)));
    }

    private static Measurement measured(String value, long volume) {
        return new Measurement(Rational.parse(value), Rational.of(volume), Rational.of(volume));
    }

    private static SettlementTerms terms(BonusGate gate) {
        return new SettlementTerms(Rational.of(10), Rational.of(5), gate, 9_500L, Rational.of(10));
    }

    private static SlaItem item(Kpi kpi, Channel channel, String target, String bonus, String malusRate,
                                String malusCap, String bonusRate, String bonusCap, boolean volumeProtected) {
        return new SlaItem(kpi, channel, Rational.parse(target), bonus == null ? null : Rational.parse(bonus),
                Rational.parse(malusRate), Rational.parse(malusCap), bonusRate == null ? null : Rational.parse(bonusRate),
                bonusCap == null ? null : Rational.parse(bonusCap), 0, volumeProtected);
    }
}
