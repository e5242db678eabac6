package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.ApprovedMonth;
import org.ccbench.kpi.InputKey;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerResult;
import org.junit.jupiter.api.Test;

/** A unit's KPI against its peers: statistics, percentile, fallback cells, peer keys, ratio of sums. */
class PeerComparisonTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);

    private final List<UnitPeriod> units = new ArrayList<>();

    @Test
    void theExactCellGivesQuartilesAndTheMidRankPercentile() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        for (int top2 : new int[] {280, 300, 340, 360, 240}) {
            add(units.size() + 1, units.size() + 1, false, "180", top2, 20);
        }

        var result = PeerComparison.of(subject, Kpi.CSAT, null, units, 5);

        assertThat(result.ownValue()).isEqualTo(Rational.of(80));
        assertThat(result.peers()).isInstanceOfSatisfying(PeerResult.Comparison.class, comparison -> {
            assertThat(comparison.label()).isEqualTo("outsourced · energy_utilities · M (n = 6)");
            assertThat(comparison.statistics().p25()).isEqualTo(Rational.of(7125, 100));
            assertThat(comparison.statistics().median()).isEqualTo(Rational.of(775, 10));
            assertThat(comparison.statistics().p75()).isEqualTo(Rational.of(8375, 100));
            assertThat(comparison.statistics().p10()).as("P10 only from n = 10").isNull();
            assertThat(comparison.percentRank()).isEqualTo(Rational.of(60));
        });
    }

    @Test
    void tooFewOrganisationsInTheExactCellFallBackToAllSizesAndThenNoFurther() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        add(2, 2, false, "180", 280, 20);
        add(3, 3, false, "180", 300, 20);
        add(4, 4, false, "30", 340, 20);
        add(5, 5, false, "30", 360, 20);

        var result = PeerComparison.of(subject, Kpi.CSAT, null, units, 5);

        assertThat(result.peers()).isInstanceOfSatisfying(PeerResult.Comparison.class, comparison ->
                assertThat(comparison.label()).isEqualTo("outsourced · energy_utilities · all sizes (n = 5)"));
        assertThat(PeerComparison.of(subject, Kpi.CSAT, null, units.subList(0, 4), 5).peers())
                .isInstanceOf(PeerResult.InsufficientPeers.class);
    }

    @Test
    void aDifferentServiceLevelThresholdIsNeverComparedButOtherKpisAre() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        for (int org = 2; org <= 5; org++) {
            add(org, org, false, "180", 300, 20);
        }
        add(6, 6, false, "180", 300, 30);

        assertThat(((PeerResult.Comparison) PeerComparison.of(subject, Kpi.SL, Channel.PHONE, units, 5).peers())
                .statistics().n()).isEqualTo(5);
        assertThat(((PeerResult.Comparison) PeerComparison.of(subject, Kpi.CSAT, null, units, 5).peers())
                .statistics().n()).isEqualTo(6);
    }

    @Test
    void aUnitWhoseThresholdChangedWithinThePeriodIsNoServiceLevelPeerButStaysACsatPeer() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        for (int org = 2; org <= 5; org++) {
            add(org, org, false, "180", 300, 20);
        }
        ApprovedMonth october = month(6, 30, YearMonth.of(2026, 10));
        ApprovedMonth november = month(6, 20, YearMonth.of(2026, 11));
        UnitPeriod changed = UnitPeriod.of(List.of(october, november));
        units.add(changed);

        assertThat(changed.sameDefinitionThroughout(Kpi.SL, Channel.PHONE)).isFalse();
        assertThat(changed.sameDefinitionThroughout(Kpi.CSAT, null)).isTrue();
        assertThat(PeerComparison.of(subject, Kpi.SL, Channel.PHONE, units, 5).peers())
                .as("30 s in October, 20 s in November: in neither peer group").isInstanceOfSatisfying(
                        PeerResult.Comparison.class, comparison -> assertThat(comparison.statistics().n()).isEqualTo(5));
        assertThat(PeerComparison.of(subject, Kpi.SL, Channel.PHONE, units.subList(1, units.size()), 5).peers())
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(((PeerResult.Comparison) PeerComparison.of(subject, Kpi.CSAT, null, units, 5).peers())
                .statistics().n()).isEqualTo(6);
    }

    private static ApprovedMonth month(long id, int thresholdSeconds, YearMonth month) {
        return new ApprovedMonth(id, id, false, 99L, "ENERGY_UTILITIES", new BigDecimal("180"), Set.of("phone"),
                month, id * 100 + month.getMonthValue(), Map.of(InputKey.of("csat_responses"), BigDecimal.valueOf(400),
                InputKey.of("csat_top2"), BigDecimal.valueOf(300), InputKey.of("offered", "phone"),
                BigDecimal.valueOf(1000), InputKey.of("answered_within_threshold", "phone"), BigDecimal.valueOf(800)),
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(thresholdSeconds)));
    }

    @Test
    void anOrganisationsUnitsInTheWiderCellAreARatioOfSumsNotAMean() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        add(2, 2, false, "180", 300, 20);
        add(3, 3, false, "180", 300, 20);
        add(4, 4, true, "180", 300, 20);
        add(5, 5, true, "180", 300, 20, 400);
        add(6, 5, false, "180", 60, 20, 100);

        var comparison = (PeerResult.Comparison) PeerComparison.of(subject, Kpi.CSAT, null, units, 5).peers();

        assertThat(comparison.cell().sourcing()).as("four outsourced organisations are too few: all sourcing models").isNull();
        assertThat(comparison.statistics().n()).isEqualTo(5);
        assertThat(comparison.statistics().mean()).as("org 5: 360/500 = 72, not (75 + 60) / 2")
                .isEqualTo(Rational.of(80 + 75 + 75 + 75 + 72, 5));
    }

    @Test
    void aUnitOnFewerThanFiftySurveyResponsesIsNoPeerObservationButSeesItsOwnValueFlagged() {
        UnitPeriod subject = add(1, 1, false, "180", 32, 20, 40);
        for (int top2 : new int[] {280, 300, 340, 360, 240}) {
            add(units.size() + 1, units.size() + 1, false, "180", top2, 20);
        }
        add(7, 7, false, "180", 10, 20, 40);

        var result = PeerComparison.of(subject, Kpi.CSAT, null, units, 5);

        assertThat(result.ownValue()).as("A4: 32 of 40").isEqualTo(Rational.of(80));
        assertThat(result.smallSample()).isTrue();
        assertThat(result.peers()).isInstanceOfSatisfying(PeerResult.Comparison.class, comparison -> {
            assertThat(comparison.statistics().n()).as("the two units on 40 responses are left out").isEqualTo(5);
            assertThat(comparison.statistics().median()).isEqualTo(Rational.of(75));
            assertThat(comparison.percentRank()).as("no rank for a value that is not measurable").isNull();
        });
        assertThat(((PeerResult.Comparison) PeerComparison.of(subject, Kpi.SL, Channel.PHONE, units, 5).peers())
                .statistics().n()).as("the service level of the same units is no survey").isEqualTo(7);
    }

    @Test
    void aSmallSampleOfOneUnitLeavesTheOrganisationsOtherUnitsInItsObservation() {
        UnitPeriod subject = add(1, 1, false, "180", 320, 20);
        for (int org = 2; org <= 4; org++) {
            add(org, org, false, "180", 300, 20);
        }
        add(5, 5, false, "180", 300, 20, 400);
        add(6, 5, false, "180", 0, 20, 30);

        var comparison = (PeerResult.Comparison) PeerComparison.of(subject, Kpi.CSAT, null, units, 5).peers();

        assertThat(comparison.statistics().n()).isEqualTo(5);
        assertThat(comparison.statistics().mean()).as("org 5: 300/400 = 75, not 300/430")
                .isEqualTo(Rational.of(80 + 75 + 75 + 75 + 75, 5));
    }

    @Test
    void aQuarterCountsTheResponsesOfItsThreeMonthsTogether() {
        UnitPeriod subject = quarter(1, 16, 20);
        for (int org = 2; org <= 5; org++) {
            quarter(org, 15, 20);
        }

        var result = PeerComparison.of(subject, Kpi.CSAT, null, units, 5);

        assertThat(result.smallSample()).as("3 × 20 = 60 responses").isFalse();
        assertThat(((PeerResult.Comparison) result.peers()).statistics().n()).isEqualTo(5);
        assertThat(((PeerResult.Comparison) result.peers()).percentRank()).isEqualTo(Rational.of(100));
    }

    private UnitPeriod quarter(long id, int csatTop2, int csatResponses) {
        List<ApprovedMonth> months = new ArrayList<>();
        for (YearMonth month = MONTH.minusMonths(2); !month.isAfter(MONTH); month = month.plusMonths(1)) {
            months.add(new ApprovedMonth(id, id, false, 99L, "ENERGY_UTILITIES", new BigDecimal("180"),
                    Set.of("phone"), month, id, Map.of(InputKey.of("csat_responses"), BigDecimal.valueOf(csatResponses),
                    InputKey.of("csat_top2"), BigDecimal.valueOf(csatTop2)), Map.of()));
        }
        UnitPeriod unit = UnitPeriod.of(months);
        units.add(unit);
        return unit;
    }

    private UnitPeriod add(long unitId, long organisationId, boolean inHouse, String fte, int csatTop2,
                           int thresholdSeconds) {
        return add(unitId, organisationId, inHouse, fte, csatTop2, thresholdSeconds, 400);
    }

    private UnitPeriod add(long unitId, long organisationId, boolean inHouse, String fte, int csatTop2,
                           int thresholdSeconds, int csatResponses) {
        Map<InputKey, BigDecimal> inputs = Map.of(InputKey.of("csat_responses"), BigDecimal.valueOf(csatResponses),
                InputKey.of("csat_top2"), BigDecimal.valueOf(csatTop2),
                InputKey.of("offered", "phone"), BigDecimal.valueOf(1000),
                InputKey.of("answered_within_threshold", "phone"), BigDecimal.valueOf(780 + unitId));
        UnitPeriod unit = UnitPeriod.of(List.of(new ApprovedMonth(unitId, organisationId, inHouse,
                inHouse ? null : 99L, "ENERGY_UTILITIES", new BigDecimal(fte), Set.of("phone"), MONTH, unitId, inputs,
                Map.of(InputKey.of("threshold_seconds"), BigDecimal.valueOf(thresholdSeconds)))));
        units.add(unit);
        return unit;
    }
}
