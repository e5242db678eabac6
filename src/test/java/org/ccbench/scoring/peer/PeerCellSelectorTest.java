package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scoring.peer.SourcingModel.IN_HOUSE;
import static org.ccbench.scoring.peer.SourcingModel.OUTSOURCED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerCellSelectorTest {

    private static final Map<String, BigDecimal> SL_20 = Map.of("threshold_seconds", BigDecimal.valueOf(20));
    private static final PeerCellSelector SELECTOR = PeerCellSelector.withDefaults();

    private static Observation observation(long organisation, String dimensions, String value) {
        String[] parts = dimensions.split("/");
        return new Observation(organisation, SourcingModel.valueOf(parts[0]), parts[1], SizeBand.valueOf(parts[2]),
                SL_20, Rational.parse(value));
    }

    private static PeerSubject subject(long organisation, String dimensions, String ownValue) {
        String[] parts = dimensions.split("/");
        return new PeerSubject(organisation, SourcingModel.valueOf(parts[0]), parts[1], SizeBand.valueOf(parts[2]),
                SL_20, ownValue == null ? null : Rational.parse(ownValue));
    }

    @ParameterizedTest(name = "§2.1 unit with FCR {0}: percent rank {1} against o1 = 72 % and o2–o5")
    @CsvSource(textBlock = """
            75, 37.5
            60, 0
            """)
    void anOrganisationsUnitsAreOneObservationAndTheUnitIsRankedByItsOwnValue(String unitValue, String rank) {
        List<Observation> cell = List.of(
                new Observation(1, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(75), Rational.of(400)),
                new Observation(1, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(60), Rational.of(100)),
                new Observation(2, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(70)),
                new Observation(3, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(75)),
                new Observation(4, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(80)),
                new Observation(5, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.of(90)));
        PeerSubject unit = new PeerSubject(1, OUTSOURCED, "banking", SizeBand.M, Map.of(), Rational.parse(unitValue));

        PeerResult.Comparison result = (PeerResult.Comparison) SELECTOR.select(unit, cell, Direction.HIGHER_IS_BETTER);

        assertThat(result.statistics().n()).isEqualTo(5);
        assertThat(result.statistics().mean()).isEqualTo(Rational.parse("77.4")); // (72 + 70 + 75 + 80 + 90) / 5
        assertThat(result.percentRank()).isEqualTo(Rational.parse(rank));
        assertThat(result.label()).isEqualTo("outsourced · banking · M (n = 5)");
    }

    /** Organisations 1–12 with their finest cells; the subject is organisation 1, outsourced · banking · M. */
    private static List<Observation> dataset(String cells) {
        List<Observation> observations = new ArrayList<>();
        String[] each = cells.trim().split("\\s+");
        for (int i = 0; i < each.length; i++) {
            observations.add(observation(i + 1, each[i], String.valueOf(60 + i)));
        }
        return observations;
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M | outsourced · banking · M (n = 5)
            OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/L OUTSOURCED/banking/XS OUTSOURCED/banking/M | outsourced · banking · all sizes (n = 5)
            OUTSOURCED/banking/M OUTSOURCED/retail/M OUTSOURCED/banking/L OUTSOURCED/energy/XS OUTSOURCED/banking/M | outsourced · all sectors · all sizes (n = 5)
            OUTSOURCED/banking/M IN_HOUSE/banking/M OUTSOURCED/banking/L IN_HOUSE/energy/XS OUTSOURCED/banking/M | all · all sectors · all sizes (n = 5)
            OUTSOURCED/banking/M IN_HOUSE/banking/M OUTSOURCED/banking/L IN_HOUSE/energy/XS                      | insufficient peers
            """)
    void theExactCellOrTheFirstFallbackWithFiveOrganisations(String cells, String label) {
        PeerResult result = SELECTOR.select(subject(1, "OUTSOURCED/banking/M", "61"), dataset(cells),
                Direction.HIGHER_IS_BETTER);

        String shown = result instanceof PeerResult.Comparison comparison ? comparison.label() : "insufficient peers";
        assertThat(shown).isEqualTo(label);
    }

    @Test
    void theWidestCellIsLabelledAllForEveryDimension() {
        PeerCell widest = PeerCell.fallbacks(subject(1, "OUTSOURCED/banking/M", null)).getLast();

        assertThat(widest.label(12)).isEqualTo("all · all sectors · all sizes (n = 12)");
        assertThat(List.of(widest.sourcingCode(), widest.sectorCode(), widest.sizeCode()))
                .containsExactly("all", "all", "all");
    }

    @Test
    void aThirtySecondUnitIsNeverComparedWithTwentySecondPeers() {
        List<Observation> twentySecondPeers = dataset("""
                OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M
                OUTSOURCED/banking/M OUTSOURCED/banking/M""");
        PeerSubject thirtySeconds = new PeerSubject(99, OUTSOURCED, "banking", SizeBand.M,
                Map.of("threshold_seconds", new BigDecimal("30")), Rational.of(80));
        PeerSubject twentySeconds = new PeerSubject(99, OUTSOURCED, "banking", SizeBand.M,
                Map.of("threshold_seconds", new BigDecimal("20.0")), Rational.of(80));

        assertThat(SELECTOR.select(thirtySeconds, twentySecondPeers, Direction.HIGHER_IS_BETTER))
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(SELECTOR.select(twentySeconds, twentySecondPeers, Direction.HIGHER_IS_BETTER))
                .isInstanceOf(PeerResult.Comparison.class);
    }

    @Test
    void theViewersOwnOrganisationCountsTowardsMinNButANeutralKpiHasNoRank() {
        List<Observation> fourOthersAndMe = dataset("""
                OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M OUTSOURCED/banking/M
                OUTSOURCED/banking/M""");

        PeerResult.Comparison mine = (PeerResult.Comparison) SELECTOR.select(subject(1, "OUTSOURCED/banking/M", "60"),
                fourOthersAndMe, Direction.NEUTRAL);
        PeerResult outsider = SELECTOR.select(subject(99, "IN_HOUSE/banking/M", "60"), fourOthersAndMe.subList(1, 5),
                Direction.HIGHER_IS_BETTER);

        assertThat(mine.statistics().n()).isEqualTo(5);
        assertThat(mine.percentRank()).isNull();
        assertThat(outsider).isInstanceOf(PeerResult.InsufficientPeers.class);
    }
}
