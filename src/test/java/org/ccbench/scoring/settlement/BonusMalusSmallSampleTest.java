package org.ccbench.scoring.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/**
 * SCORING.md §4.1: "not measurable (denominator &lt; min_volume, or survey n &lt; min_sample) ⇒ malus% = bonus% = 0".
 * Issue 13 §4: CSAT 30 of 40 responses against a target of 80 on an €85 000 fee was charged −€1 700.
 */
class BonusMalusSmallSampleTest {

    private static final BigDecimal FEE = new BigDecimal("85000");
    private static final SlaItem CSAT = new SlaItem(Kpi.CSAT, null, Rational.of(80), Rational.of(85),
            Rational.parse("0.4"), Rational.of(3), Rational.parse("0.2"), Rational.of(1), 0, false);
    private static final SettlementTerms TERMS = new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE,
            null, null);

    @Test
    void thirtyOfFortyResponsesAreNotMeasurableAndCostNothing() {
        Settlement settlement = BonusMalus.settle(List.of(CSAT), List.of(csat(30, 40)), TERMS, FEE);

        assertThat(settlement.lines().getFirst().status()).isEqualTo(LineStatus.NOT_MEASURABLE);
        assertThat(settlement.lines().getFirst().malusPercent()).isEqualTo(Rational.ZERO);
        assertThat(settlement.lines().getFirst().smallSample()).isTrue();
        assertThat(settlement.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aSmallSampleEarnsNoBonusEither() {
        Settlement settlement = BonusMalus.settle(List.of(CSAT), List.of(csat(38, 40)), TERMS, FEE);

        assertThat(settlement.lines().getFirst().status()).isEqualTo(LineStatus.NOT_MEASURABLE);
        assertThat(settlement.lines().getFirst().bonusPercent()).isEqualTo(Rational.ZERO);
        assertThat(settlement.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void fiftyResponsesAreMeasuredAndSixtyAtSeventyFivePercentCost1700() {
        Settlement fifty = BonusMalus.settle(List.of(CSAT), List.of(csat(40, 50)), TERMS, FEE);
        Settlement sixty = BonusMalus.settle(List.of(CSAT), List.of(csat(45, 60)), TERMS, FEE);

        assertThat(fifty.lines().getFirst().status()).isEqualTo(LineStatus.MEASURED);
        assertThat(fifty.lines().getFirst().smallSample()).isFalse();
        assertThat(sixty.lines().getFirst().status()).isEqualTo(LineStatus.MEASURED);
        assertThat(sixty.amount()).as("(80 − 75) × 0.4 = 2% of €85 000").isEqualByComparingTo("-1700.00");
    }

    @Test
    void aKpiThatIsNoSurveyKeepsItsOwnMinimumVolumeOnly() {
        SlaItem serviceLevel = new SlaItem(Kpi.SL, org.ccbench.scoring.kpi.Channel.PHONE, Rational.of(80), null,
                Rational.parse("0.5"), Rational.of(4), null, null, 0, false);

        Settlement settlement = BonusMalus.settle(List.of(serviceLevel),
                List.of(new Measurement(Rational.of(75), Rational.of(40), Rational.of(40))), TERMS, FEE);

        assertThat(settlement.lines().getFirst().status()).as("40 calls are no survey sample")
                .isEqualTo(LineStatus.MEASURED);
        assertThat(settlement.amount()).isEqualByComparingTo("-2125.00");
    }

    /** CSAT = 100 × top-2 / responses; its denominator, the volume, is the number of responses. */
    private static Measurement csat(int top2, int responses) {
        return new Measurement(Rational.of(100L * top2, responses), Rational.of(responses), Rational.ZERO);
    }
}
