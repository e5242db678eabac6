package org.ccbench.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.DerivedKpis;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.scoring.normalise.LowestRatio;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SCORING.md §3.4: three vendors, four KPIs, from raw inputs to ranks — every figure of the example. */
class ValueForMoneyWorkedExampleTest {

    private static final ScoringProfile PROFILE = new ScoringProfile(
            Map.of(Kpi.SL, Rational.of(20), Kpi.CSAT, Rational.of(40), Kpi.FCR, Rational.of(40)),
            Map.of(Kpi.CPC, Rational.HUNDRED),
            Map.of(Kpi.SL, target(70, 90), Kpi.CSAT, target(70, 90), Kpi.FCR, target(60, 85)),
            Rational.parse("0.6"), ScoringProfile.DEFAULT_MIN_WEIGHT_COVERAGE);

    /** vendor; offered; answered ≤ 20 s; CSAT responses; top-2; FCR yes; FCR no; total cost; handled. */
    private static final String VENDORS = """
            A, 10000, 8500, 400, 320, 304, 96, 96000, 9600
            B, 8000,  7040, 250, 220, 170, 80, 60000, 7500
            C, 5000,  3700, 200, 184, 168, 32, 59375, 4750
            """;

    private static TargetScore target(int floor, int target) {
        return new TargetScore(Rational.of(floor), Rational.of(target), Direction.HIGHER_IS_BETTER);
    }

    private record Vendor(String name, DerivedKpis kpis) {
        Rational value(Kpi kpi) {
            return kpi == Kpi.SL ? kpis.value(Kpi.SL, Channel.PHONE) : kpis.value(kpi);
        }
    }

    private static List<Vendor> vendors() {
        List<Vendor> vendors = new ArrayList<>();
        for (String line : VENDORS.strip().split("\n")) {
            String[] f = line.split(",\\s*");
            RawInputs.Builder march = RawInputs.builder(YearMonth.of(2025, 3))
                    .put("offered[phone]", new BigDecimal(f[1])).put("answered_within_threshold[phone]", new BigDecimal(f[2]))
                    .put("csat_responses", new BigDecimal(f[3])).put("csat_top2", new BigDecimal(f[4]))
                    .put("fcr_yes", new BigDecimal(f[5])).put("fcr_no", new BigDecimal(f[6]))
                    .put("total_cost", new BigDecimal(f[7])).put("handled[phone]", new BigDecimal(f[8]));
            Channel.ASSISTED.stream().filter(c -> c != Channel.PHONE)
                    .forEach(c -> march.put("handled[" + c.code() + "]", BigDecimal.ZERO));
            vendors.add(new Vendor(f[0], KpiDerivation.derive(march.build(), KpiParameters.DEFAULTS)));
        }
        return vendors;
    }

    @ParameterizedTest(name = "vendor {0}: SL {1} CSAT {2} FCR {3} CPC {4}; scores {5}/{6}/{7}; Q {8} C {9} VfM {10}, "
            + "rank {11}, Q/CPC {12}")
    @CsvSource(textBlock = """
            A, 85, 80, 76, 10,   75, 50,  64, 60.6, 80,  68.36, 3, 6.06
            B, 88, 88, 68, 8,    90, 90,  32, 66.8, 100, 80.08, 1, 8.35
            C, 74, 92, 84, 12.5, 20, 100, 96, 82.4, 64,  75.04, 2, 6.592
            """)
    void everyStepOfTheExample(String name, String sl, String csat, String fcr, String cpc, String slScore,
            String csatScore, String fcrScore, String quality, String cost, String vfm, int rank, String perEuro) {
        List<Vendor> vendors = vendors();
        Vendor vendor = vendors.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        List<Rational> costScores = LowestRatio.scores(vendors.stream().map(v -> v.value(Kpi.CPC)).toList());

        Map<Kpi, Rational> qualityScores = new LinkedHashMap<>();
        for (Kpi kpi : List.of(Kpi.SL, Kpi.CSAT, Kpi.FCR)) {
            qualityScores.put(kpi, PROFILE.target(kpi).score(vendor.value(kpi)));
        }
        IndexValue q = PROFILE.quality(qualityScores);
        IndexValue c = PROFILE.cost(Map.of(Kpi.CPC, costScores.get(vendors.indexOf(vendor))));
        List<VfmRanking.Ranked> ranking = VfmRanking.rank(vendors.stream()
                .map(v -> new VfmRanking.Entry(v.name(), vfm(vendors, v))).toList());

        assertThat(List.of(vendor.value(Kpi.SL), vendor.value(Kpi.CSAT), vendor.value(Kpi.FCR), vendor.value(Kpi.CPC)))
                .containsExactly(Rational.parse(sl), Rational.parse(csat), Rational.parse(fcr), Rational.parse(cpc));
        assertThat(qualityScores.values()).containsExactly(Rational.parse(slScore), Rational.parse(csatScore),
                Rational.parse(fcrScore));
        assertThat(q).isEqualTo(new IndexValue(Rational.parse(quality), Rational.ONE));
        assertThat(c.value()).isEqualTo(Rational.parse(cost));
        assertThat(PROFILE.valueForMoney(q.value(), c.value())).isEqualTo(Rational.parse(vfm));
        assertThat(ranking.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().rank()).isEqualTo(rank);
        assertThat(ScoringProfile.qualityPerEuro(q.value(), vendor.value(Kpi.CPC))).isEqualTo(Rational.parse(perEuro));
    }

    @Test
    void csatOfVendorCIsClampedFrom110To100() {
        Vendor c = vendors().get(2);

        assertThat(PROFILE.target(Kpi.CSAT).raw(c.value(Kpi.CSAT))).isEqualTo(Rational.of(110));
        assertThat(PROFILE.target(Kpi.CSAT).score(c.value(Kpi.CSAT))).isEqualTo(Rational.HUNDRED);
    }

    private static Rational vfm(List<Vendor> vendors, Vendor vendor) {
        Map<Kpi, Rational> scores = new LinkedHashMap<>();
        for (Kpi kpi : List.of(Kpi.SL, Kpi.CSAT, Kpi.FCR)) {
            scores.put(kpi, PROFILE.target(kpi).score(vendor.value(kpi)));
        }
        Rational cost = LowestRatio.scores(vendors.stream().map(v -> v.value(Kpi.CPC)).toList())
                .get(vendors.indexOf(vendor));
        return PROFILE.valueForMoney(PROFILE.quality(scores).value(), PROFILE.cost(Map.of(Kpi.CPC, cost)).value());
    }
}
