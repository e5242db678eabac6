package org.ccbench.scorecard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.SettlementTerms;
import org.ccbench.scoring.settlement.SlaItem;
import org.junit.jupiter.api.Test;

/**
 * A client's contracts side by side (SCORING.md §1.3, §1.4 "portfolio"), computed on exact values and rounded only for
 * display (§0), and how a contract's value for money there relates to the one on its own scorecard.
 */
class VendorComparisonTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** α 0.6; CPC's target score between a price ceiling of €8 and a budget of €4 (the contract scorecard's C). */
    private static final ScoringProfile PROFILE = new ScoringProfile(ScoringProfile.CUSTOMER_FIRST.qualityWeights(),
            ScoringProfile.CUSTOMER_FIRST.costWeights(), Map.of(Kpi.CPC, new TargetScore(Rational.of(8),
            Rational.of(4), Kpi.CPC.direction())), ScoringProfile.DEFAULT_ALPHA,
            ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE);

    /** FCR only: floor 60, target 90, weight 100, so Q = 100 × (FCR − 60) / 30. */
    private static final TermsInForce FCR_ONLY = new TermsInForce(1, YearMonth.of(2025, 1), List.of(
            new TermItem(new SlaItem(Kpi.FCR, null, Rational.of(90), null, Rational.ZERO, Rational.ZERO, null, null,
                    0, false), BigDecimal.valueOf(60), new TargetScore(Rational.of(60), Rational.of(90),
                    Kpi.FCR.direction()), BigDecimal.valueOf(100))),
            new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE, null, null));

    private final ScorecardCalculator.Inputs expensive = contract(1, "Zwolle", "85000");
    private final ScorecardCalculator.Inputs cheapest = contract(2, "Gent", "12345");

    @Test
    void theCostScoreIsComputedFromTheExactCostsPerContactNotFromCents() {
        ComparisonRow row = row(VendorComparison.of(List.of(expensive, cheapest), PROFILE), 1);

        assertThat(row.costPerContact()).as("85 000 / 16 500, shown in cents").isEqualByComparingTo("5.15");
        assertThat(row.costScore()).as("100 × (12 345 / 16 500) / (85 000 / 16 500) = 14.52…; 14.6 from cents")
                .isEqualByComparingTo("14.5");
    }

    @Test
    void valueForMoneyIsComputedFromTheExactQualityAndCostScore() {
        ComparisonRow row = row(VendorComparison.of(List.of(expensive, cheapest), PROFILE), 1);

        assertThat(row.quality()).as("100 × (230/3 − 60) / 30 = 55.55…").isEqualByComparingTo("55.6");
        assertThat(row.valueForMoney()).as("0.6 × 500/9 + 0.4 × 24690/1700 = 39.14…; 39.2 from 55.6 and cents")
                .isEqualByComparingTo("39.1");
    }

    @Test
    void theTwoValuesForMoneyOfOneContractShareQualityAndAlphaAndDifferOnlyInTheirCostIndex() {
        VendorComparison.Compared compared = VendorComparison.exact(List.of(expensive, cheapest), PROFILE).stream()
                .filter(found -> found.contract().scorecard().header().contractId() == 1).findFirst().orElseThrow();
        ScorecardCalculator.Computed own = ScorecardCalculator.computeExact(expensive);
        Scorecard scorecard = ScorecardCalculator.compute(expensive);

        assertThat(compared.contract().quality()).isEqualTo(own.quality()).isEqualTo(Rational.of(500, 9));
        assertThat(own.costVsBudget()).as("100 × (85000/16500 − 8) / (4 − 8)").isEqualTo(Rational.of(4700, 66));
        assertThat(compared.costVsCheapest()).as("100 × 12345 / 85000").isEqualTo(Rational.of(1234500, 85000));
        Rational oneMinusAlpha = Rational.ONE.minus(PROFILE.alpha());
        assertThat(compared.valueForMoneyVsCheapest().minus(own.valueForMoneyVsBudget()))
                .as("VfM (cost vs. your cheapest contract) − VfM (cost vs. budget) = (1 − α) × (C cheapest − C budget)")
                .isEqualTo(oneMinusAlpha.times(compared.costVsCheapest().minus(own.costVsBudget())));
        assertThat(scorecard.indices().valueForMoney()).as("0.6 × 500/9 + 0.4 × 4700/66").isEqualByComparingTo("61.8");
        assertThat(row(VendorComparison.of(List.of(expensive, cheapest), PROFILE), 1).valueForMoney())
                .isEqualByComparingTo("39.1");
    }

    @Test
    void theCheapestContractAtItsBudgetHasOneValueForMoneyBothWays() {
        ScoringProfile budgetAtTheCheapest = new ScoringProfile(PROFILE.qualityWeights(), PROFILE.costWeights(),
                Map.of(Kpi.CPC, new TargetScore(Rational.of(8), Rational.of(12345, 16500), Kpi.CPC.direction())),
                PROFILE.alpha(), PROFILE.minWeightCoverage());
        ScorecardCalculator.Inputs gent = contract(2, "Gent", "12345", budgetAtTheCheapest);

        VendorComparison.Compared compared = VendorComparison.exact(List.of(expensive, gent), budgetAtTheCheapest)
                .stream().filter(found -> found.contract().scorecard().header().contractId() == 2).findFirst()
                .orElseThrow();

        assertThat(compared.costVsCheapest()).isEqualTo(Rational.HUNDRED);
        assertThat(compared.valueForMoneyVsCheapest()).isEqualTo(compared.contract().valueForMoneyVsBudget());
    }

    private static ComparisonRow row(List<ComparisonRow> rows, long contractId) {
        return rows.stream().filter(row -> row.contractId() == contractId).findFirst().orElseThrow();
    }

    /** A contract with 16 500 handled phone contacts and FCR 230 of 300 in March, at the given monthly cost. */
    private static ScorecardCalculator.Inputs contract(long id, String name, String totalCost) {
        return contract(id, name, totalCost, PROFILE);
    }

    private static ScorecardCalculator.Inputs contract(long id, String name, String totalCost,
                                                       ScoringProfile profile) {
        Map<InputKey, BigDecimal> values = new HashMap<>();
        Map.of("handled[phone]", "16500", "talk_seconds[phone]", "3300000", "hold_seconds[phone]", "0",
                "wrap_seconds[phone]", "660000", "fcr_yes", "230", "fcr_no", "70", "total_cost", totalCost,
                "one_off_cost", "0").forEach((field, value) -> values.put(InputKey.parse(field), new BigDecimal(value)));
        ApprovedMonth march = new ApprovedMonth(id, 10, false, 20L + id, "ENERGY_UTILITIES", BigDecimal.valueOf(120),
                Set.of("phone"), MARCH, 100 + id, values, Map.of());
        Map<YearMonth, TermsInForce> terms = new HashMap<>();
        for (YearMonth month = MARCH.minusMonths(13); !month.isAfter(MARCH); month = month.plusMonths(1)) {
            terms.put(month, FCR_ONLY);
        }
        return new ScorecardCalculator.Inputs(id, name, "Noordzee", "Vendor " + name, "2026-03", List.of(MARCH),
                Map.of(MARCH, march), terms, "budget", 1, profile, List.of(), List.of(),
                OffsetDateTime.parse("2026-04-10T10:00:00Z"));
    }
}
