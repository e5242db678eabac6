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
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.scoring.settlement.SettlementTerms;
import org.ccbench.scoring.settlement.SlaItem;
import org.junit.jupiter.api.Test;

/** A contract scorecard from raw months and terms: SCORING.md §4.2 as a March, its quarter, Q, C, VfM, failure demand. */
class ScorecardCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void theWorkedExampleMonthSettlesAtMinus1800AndScoresItsSlaLines() {
        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, month(MARCH))));

        MonthSettlement march = card.months().getFirst();
        assertThat(march.amount()).isEqualByComparingTo("-1800.00");
        assertThat(march.monthlyFee()).isEqualByComparingTo("120000");
        assertThat(march.lines()).extracting(line -> line.kpiLabel() + " " + line.status()).containsExactly(
                "SL[phone] MEASURED", "FCR MEASURED", "CSAT MEASURED", "RCR MEASURED", "WRT[email] MEASURED");
        assertThat(march.lines().getFirst().actual()).isEqualByComparingTo("76.4");
        assertThat(march.lines().getFirst().numerator()).isEqualByComparingTo("764000");
        assertThat(march.lines().getFirst().denominator()).isEqualByComparingTo("10000");
        assertThat(march.lines().getFirst().volumeCeiling()).isEqualByComparingTo("10450");

        SlaRow serviceLevel = card.slaRows().getFirst();
        assertThat(serviceLevel.actual()).isEqualByComparingTo("76.4");
        assertThat(serviceLevel.score()).as("100 × (76.4 − 70) / (80 − 70)").isEqualByComparingTo("64.0");
        assertThat(serviceLevel.rag()).isEqualTo(RagStatus.AMBER);
        assertThat(serviceLevel.amount()).isEqualByComparingTo("-2160.00");
        assertThat(card.slaRows().get(1).rag()).isEqualTo(RagStatus.GREEN);
        assertThat(card.totals().amount()).isEqualByComparingTo("-1800.00");
        assertThat(card.totals().totalMalusAmount()).isEqualByComparingTo("2520.00");
        assertThat(card.totals().netPercent()).isEqualByComparingTo("-1.50");
    }

    @Test
    void qualityCostAndValueForMoneyFollowTheContractWeightsAndTheBudgetedPrice() {
        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, month(MARCH))));

        assertThat(card.indices().quality()).as("(20 × 64 + 40 × 100 + 40 × 90) / 100").isEqualByComparingTo("88.8");
        assertThat(card.indices().qualityCoverage()).isEqualByComparingTo("1.00");
        assertThat(card.indices().cost()).as("CPC 400/31 between ceiling 16 and budget 10: 1600/31")
                .isEqualByComparingTo("51.6");
        assertThat(card.indices().valueForMoney()).as("0.6 × 88.8 + 0.4 × 1600/31").isEqualByComparingTo("73.9");
        assertThat(ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, month(MARCH)),
                ScoringProfile.CUSTOMER_FIRST)).indices().valueForMoney())
                .as("no price ceiling and budget: no cost score, no VfM").isNull();
        assertThat(card.cost().costPerContact()).isEqualByComparingTo("12.90");
        assertThat(card.cost().avoidableContacts()).isEqualByComparingTo("1500");
        assertThat(card.cost().failureDemandCost()).as("(837 + 1 500) × 120 000 / 9 300")
                .isEqualByComparingTo("30154.84");
    }

    @Test
    void aQuarterWithTwoMonthsMissingIsADraftThatSettlesOnlyTheApprovedMonth() {
        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH.minusMonths(2), MARCH.minusMonths(1), MARCH),
                Map.of(MARCH, month(MARCH))));

        assertThat(card.header().complete()).isFalse();
        assertThat(card.header().missingMonths()).containsExactly(MARCH.minusMonths(2), MARCH.minusMonths(1));
        assertThat(card.header().revisionIds()).containsExactly(7L);
        assertThat(card.months()).hasSize(1);
        assertThat(card.trend().months()).hasSize(12).endsWith(MARCH);
        assertThat(card.trend().amounts().getLast()).isEqualByComparingTo("-1800.00");
        assertThat(card.trend().series().getFirst().values().getLast()).isEqualByComparingTo("76.4");
        assertThat(card.trend().series().getFirst().values().getFirst()).isNull();
    }

    @Test
    void aMonthAboveTheCorridorWaivesTheServiceLevelMalus() {
        ApprovedMonth busy = month(MARCH, Map.of("offered[phone]", "11000", "answered_within_threshold[phone]", "8404"));

        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, busy)));

        assertThat(card.months().getFirst().lines().getFirst().status()).isEqualTo(LineStatus.WAIVED);
        assertThat(card.months().getFirst().amount()).isEqualByComparingTo("360.00");
        assertThat(card.slaRows().getFirst().waivedMonths()).isOne();
    }

    @Test
    void thirtyOfFortyCsatResponsesAreNotMeasurableSoTheMonthCostsNothing() {
        ApprovedMonth march = month(MARCH, Map.of("csat_responses", "40", "csat_top2", "30", "total_cost", "85000"));

        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, march), PROFILE,
                CSAT_ONLY));

        MonthSettlement settled = card.months().getFirst();
        assertThat(settled.lines().getFirst().status()).isEqualTo(LineStatus.NOT_MEASURABLE);
        assertThat(settled.lines().getFirst().smallSample()).isTrue();
        assertThat(settled.lines().getFirst().minSample()).isEqualTo(50);
        assertThat(settled.amount()).as("issue 13: −1 700.00 before, SCORING.md §4.1 gives 0")
                .isEqualByComparingTo("0.00");
        assertThat(card.totals().amount()).isEqualByComparingTo("0.00");
        assertThat(card.slaRows().getFirst().measuredMonths()).isZero();
    }

    @Test
    void thirtyFourOfFortyCsatResponsesHaveNoScoreNoRagAndStayOutOfQ() {
        ApprovedMonth march = month(MARCH, Map.of("csat_responses", "40", "csat_top2", "34"));

        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH), Map.of(MARCH, march), PROFILE,
                FCR_AND_CSAT));

        SlaRow csat = card.slaRows().get(1);
        assertThat(csat.kpiLabel()).isEqualTo("CSAT");
        assertThat(csat.actual()).as("the value is still shown").isEqualByComparingTo("85.0");
        assertThat(csat.smallSample()).isTrue();
        assertThat(csat.sample()).isEqualByComparingTo("40");
        assertThat(csat.score()).as("100, GREEN before").isNull();
        assertThat(csat.rag()).isNull();
        assertThat(card.indices().quality()).as("FCR alone: 100 × (82 − 60) / (90 − 60)").isEqualByComparingTo("73.3");
        assertThat(card.indices().qualityCoverage()).as("CSAT's weight is not covered").isEqualByComparingTo("0.8");
        assertThat(card.slaRows().getFirst().smallSample()).as("FCR: 500 answers").isFalse();
    }

    @Test
    void aQuarterOfThreeSmallMonthsHasEnoughResponsesForItsScoreButEachMonthSettlesNothing() {
        Map<YearMonth, ApprovedMonth> months = new HashMap<>();
        for (YearMonth month = MARCH.minusMonths(2); !month.isAfter(MARCH); month = month.plusMonths(1)) {
            months.put(month, month(month, Map.of("csat_responses", "40", "csat_top2", "30", "total_cost", "85000")));
        }

        Scorecard card = ScorecardCalculator.compute(inputs(List.of(MARCH.minusMonths(2), MARCH.minusMonths(1),
                MARCH), months, PROFILE, CSAT_ONLY));

        assertThat(card.months()).extracting(month -> month.lines().getFirst().status())
                .containsOnly(LineStatus.NOT_MEASURABLE);
        assertThat(card.totals().amount()).isEqualByComparingTo("0.00");
        SlaRow csat = card.slaRows().getFirst();
        assertThat(csat.sample()).as("3 × 40").isEqualByComparingTo("120");
        assertThat(csat.smallSample()).isFalse();
        assertThat(csat.score()).as("100 × (75 − 60) / (80 − 60)").isEqualByComparingTo("75.0");
        assertThat(csat.rag()).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void aPeriodOverADefinitionChangeTakesEachMonthWithItsOwnDefinitions() {
        YearMonth february = MARCH.minusMonths(1);
        ApprovedMonth counted = withParameters(month(february, Map.of("short_abandoned[phone]", "200")), "0");
        ApprovedMonth leftOut = withParameters(month(MARCH, Map.of("short_abandoned[phone]", "200")), "1");

        Scorecard card = ScorecardCalculator.compute(inputs(List.of(february, MARCH),
                Map.of(february, counted, MARCH, leftOut)));

        assertThat(card.slaRows().getFirst().actual()).as("(7640 + 7640) / (10000 + (10000 − 200)), not the"
                + " March definition over both months' sums (15280 / 19600 = 78.0)").isEqualByComparingTo("77.2");
    }

    private static ApprovedMonth withParameters(ApprovedMonth month, String exclShort) {
        return new ApprovedMonth(month.unitId(), month.organisationId(), month.inHouse(), month.vendorId(),
                month.sector(), month.agentFte(), month.channels(), month.month(), month.revisionId(), month.inputs(),
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(20), InputKey.of("excl_short"),
                        new BigDecimal(exclShort)));
    }

    private static ScorecardCalculator.Inputs inputs(List<YearMonth> period, Map<YearMonth, ApprovedMonth> approved) {
        return inputs(period, approved, PROFILE);
    }

    private static ScorecardCalculator.Inputs inputs(List<YearMonth> period, Map<YearMonth, ApprovedMonth> approved,
                                                     ScoringProfile profile) {
        return inputs(period, approved, profile, TERMS);
    }

    private static ScorecardCalculator.Inputs inputs(List<YearMonth> period, Map<YearMonth, ApprovedMonth> approved,
                                                     ScoringProfile profile, TermsInForce version) {
        Map<YearMonth, TermsInForce> terms = new HashMap<>();
        for (YearMonth month = MARCH.minusMonths(13); !month.isAfter(MARCH); month = month.plusMonths(1)) {
            terms.put(month, version);
        }
        return new ScorecardCalculator.Inputs(1, "Zwolle telefonie", "Noordzee", "Delta", "2026-03", period,
                approved, terms, "customer-first with a budget", 2, profile, List.of(), List.of(),
                OffsetDateTime.parse("2026-04-10T10:00:00Z"));
    }

    private static final ScoringProfile PROFILE = new ScoringProfile(ScoringProfile.CUSTOMER_FIRST.qualityWeights(),
            ScoringProfile.CUSTOMER_FIRST.costWeights(), Map.of(Kpi.CPC, new TargetScore(Rational.of(16),
            Rational.of(10), Kpi.CPC.direction())), ScoringProfile.DEFAULT_ALPHA,
            ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE);

    private static final TermsInForce TERMS = new TermsInForce(1, YearMonth.of(2025, 1), List.of(
            item(Kpi.SL, Channel.PHONE, "70", "80", "85", "0.5", "4", "0.25", "1", true, "20"),
            item(Kpi.FCR, null, "60", "75", "80", "0.4", "3", "0.2", "1", false, "40"),
            item(Kpi.CSAT, null, "75", "85", "90", "0.3", "3", "0.2", "1", false, "40"),
            item(Kpi.RCR, null, "20", "15", "10", "0.2", "2", "0.2", "1", false, "0"),
            item(Kpi.WRT, Channel.EMAIL, "80", "90", null, "0.2", "2", null, null, false, "0")),
            new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE, 9_500L, Rational.of(10)));

    /** Issue 13 §4: CSAT against a target of 80, 0.4% of the fee per point short. */
    private static final TermsInForce CSAT_ONLY = new TermsInForce(1, YearMonth.of(2025, 1), List.of(
            item(Kpi.CSAT, null, "60", "80", "85", "0.4", "3", "0.2", "1", false, "20")),
            new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE, null, null));

    private static final TermsInForce FCR_AND_CSAT = new TermsInForce(1, YearMonth.of(2025, 1), List.of(
            item(Kpi.FCR, null, "60", "90", null, "0", "0", null, null, false, "80"),
            item(Kpi.CSAT, null, "60", "80", null, "0", "0", null, null, false, "20")),
            new SettlementTerms(Rational.of(10), Rational.of(5), BonusGate.NONE, null, null));

    private static TermItem item(Kpi kpi, Channel channel, String floor, String target, String bonus,
                                 String malusRate, String malusCap, String bonusRate, String bonusCap,
                                 boolean volumeProtected, String weight) {
        SlaItem sla = new SlaItem(kpi, channel, Rational.parse(target), bonus == null ? null : Rational.parse(bonus),
                Rational.parse(malusRate), Rational.parse(malusCap),
                bonusRate == null ? null : Rational.parse(bonusRate),
                bonusCap == null ? null : Rational.parse(bonusCap), 0, volumeProtected);
        return new TermItem(sla, new BigDecimal(floor), new TargetScore(Rational.parse(floor), Rational.parse(target),
                kpi.direction()), new BigDecimal(weight));
    }

    private static ApprovedMonth month(YearMonth month) {
        return month(month, Map.of());
    }

    private static ApprovedMonth month(YearMonth month, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.ofEntries(
                Map.entry("offered[phone]", "10000"), Map.entry("answered_within_threshold[phone]", "7640"),
                Map.entry("abandoned[phone]", "400"), Map.entry("handled[phone]", "7300"),
                Map.entry("talk_seconds[phone]", "1800000"), Map.entry("hold_seconds[phone]", "100000"),
                Map.entry("wrap_seconds[phone]", "300000"),
                Map.entry("received[email]", "2000"), Map.entry("responded_within_threshold[email]", "1910"),
                Map.entry("handled[email]", "2000"), Map.entry("talk_seconds[email]", "500000"),
                Map.entry("hold_seconds[email]", "0"), Map.entry("wrap_seconds[email]", "100000"),
                Map.entry("fcr_yes", "410"), Map.entry("fcr_no", "90"), Map.entry("csat_responses", "500"),
                Map.entry("csat_top2", "420"), Map.entry("repeat_contacts", "837"),
                Map.entry("vm_eliminate", "1000"), Map.entry("vm_simplify", "800"), Map.entry("vm_automate", "500"),
                Map.entry("vm_leverage", "700"), Map.entry("total_cost", "120000"), Map.entry("one_off_cost", "0")));
        values.putAll(overrides);
        Map<InputKey, BigDecimal> inputs = new HashMap<>();
        values.forEach((field, value) -> inputs.put(InputKey.parse(field), new BigDecimal(value)));
        return new ApprovedMonth(1, 10, false, 20L, "ENERGY_UTILITIES", BigDecimal.valueOf(120),
                Set.of("phone", "email"), month, 7, inputs,
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(20)));
    }
}
