package org.ccbench.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexRulesTest {

    private static final ScoringProfile DEFAULT = ScoringProfile.CUSTOMER_FIRST;

    @ParameterizedTest(name = "scores missing for {0}: coverage {1}, Q {2}")
    @CsvSource(nullValues = "-", textBlock = """
            '',               1,     60
            'RCR NPS',        3/4,   60
            'RCR NPS AHT',    3/4,   60
            'RCR NPS CES',    13/20, -
            'FCR',            3/4,   60
            """)
    void coverageOfThreeQuartersIsSufficient(String missing, String coverage, String quality) {
        Map<Kpi, Rational> scores = new HashMap<>();
        DEFAULT.qualityWeights().keySet().forEach(kpi -> scores.put(kpi, Rational.of(60)));
        for (String code : missing.split(" ")) {
            if (!code.isBlank()) {
                scores.put(Kpi.valueOf(code), null);
            }
        }

        IndexValue q = DEFAULT.quality(scores);

        assertThat(q.coverage()).isEqualTo(Rational.parse(coverage));
        assertThat(q.value()).isEqualTo(quality == null ? null : Rational.parse(quality));
    }

    @Test
    void theDefaultProfileIsCustomerFirstWithCpcForCost() {
        assertThat(DEFAULT.qualityWeights()).containsEntry(Kpi.FCR, Rational.of(25)).containsEntry(Kpi.AHT, Rational.ZERO)
                .hasSize(9);
        assertThat(DEFAULT.costWeights()).isEqualTo(Map.of(Kpi.CPC, Rational.HUNDRED));
        assertThat(DEFAULT.alpha()).isEqualTo(Rational.parse("0.6"));
        assertThat(DEFAULT.minWeightCoverage()).isEqualTo(Rational.parse("0.75"));
    }

    @Test
    void nullPropagatesToValueForMoneyAndQualityPerEuro() {
        assertThat(DEFAULT.cost(Map.of()).value()).isNull();
        assertThat(DEFAULT.valueForMoney(null, Rational.of(80))).isNull();
        assertThat(DEFAULT.valueForMoney(Rational.of(80), null)).isNull();
        assertThat(ScoringProfile.qualityPerEuro(Rational.of(60), null)).isNull();
        assertThat(ScoringProfile.qualityPerEuro(Rational.of(60), Rational.ZERO)).isNull();
    }

    @Test
    void wageIsNeverPartOfTheCostIndexAndAlphaStaysIn0To1() {
        assertThatThrownBy(() -> new ScoringProfile(Map.of(), Map.of(Kpi.WAGE, Rational.ONE), Map.of(),
                ScoringProfile.DEFAULT_ALPHA, ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringProfile(Map.of(Kpi.CPC, Rational.ONE), Map.of(), Map.of(),
                ScoringProfile.DEFAULT_ALPHA, ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringProfile(Map.of(), Map.of(), Map.of(), Rational.parse("1.1"),
                ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalValueForMoneySharesARankAndIsListedByName() {
        List<VfmRanking.Ranked> ranked = VfmRanking.rank(List.of(new VfmRanking.Entry("Zeta", Rational.of(70)),
                new VfmRanking.Entry("Beta", Rational.of(80)), new VfmRanking.Entry("Alpha", Rational.of(70)),
                new VfmRanking.Entry("Gamma", null)));

        assertThat(ranked).containsExactly(new VfmRanking.Ranked("Beta", Rational.of(80), 1),
                new VfmRanking.Ranked("Alpha", Rational.of(70), 2), new VfmRanking.Ranked("Zeta", Rational.of(70), 2),
                new VfmRanking.Ranked("Gamma", null, null));
    }
}
