package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.scoring.peer.SourcingModel.IN_HOUSE;
import static org.ccbench.scoring.peer.SourcingModel.OUTSOURCED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.ValueRange;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/** Worked cases of {@link PeerTable}: SCORING.md §2.1, fallback, peer keys, ratio of sums, decimals, A1 + A2. */
class PeerTableTest {

    private static final Map<String, BigDecimal> NO_KEY = Map.of();
    private static final Map<String, BigDecimal> SL_20 = Map.of("threshold_seconds", BigDecimal.valueOf(20));
    private static final Map<String, BigDecimal> SL_30 = Map.of("threshold_seconds", BigDecimal.valueOf(30));

    private final PeerTable.Builder builder = PeerTable.builder(Direction.HIGHER_IS_BETTER, PeerAnonymity.defaults());

    @Test
    void scoring21AnOrganisationsTwoUnitsAreOneObservationAndEachUnitIsRankedByItsOwnValue() {
        // FCR = 100 × yes / (yes + no): unit A 100 × 300 / 400 = 75, unit B 100 × 60 / 100 = 60
        builder.add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 30_000, 400)
                .add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 6_000, 100);
        int organisation = 2;
        for (int fcr : new int[] {70, 75, 80, 90}) {
            add(organisation++, OUTSOURCED, "banking", SizeBand.M, fcr);
        }
        PeerTable table = builder.build();

        var unitA = (PeerResult.Comparison) table.resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 75));
        var unitB = (PeerResult.Comparison) table.resultFor(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 6_000, 100);

        assertThat(unitA.statistics().n()).isEqualTo(5);
        assertThat(unitA.statistics().mean()).as("(72 + 70 + 75 + 80 + 90) / 5").isEqualTo(Rational.parse("77.4"));
        assertThat(unitA.statistics().median()).isEqualTo(Rational.of(75));
        assertThat(unitA.percentRank()).isEqualTo(Rational.parse("37.5"));
        assertThat(unitB.percentRank()).isEqualTo(Rational.ZERO);
        assertThat(unitA.label()).isEqualTo("outsourced · banking · M (n = 5)");
    }

    @Test
    void aBuilderSizedForFewerOrMoreValuesThanItGetsBuildsTheSameTable() {
        List<PeerTable> tables = new ArrayList<>();
        for (int expected : new int[] {1, 700, 5_000}) {
            PeerTable.Builder sized = PeerTable.builder(Direction.HIGHER_IS_BETTER, PeerAnonymity.defaults())
                    .expecting(expected);
            for (int organisation = 1; organisation <= 700; organisation++) {
                // a sector code given as a new string each time is still one sector
                String sector = new String(organisation % 3 == 0 ? "banking" : "insurance");
                sized.add(organisation, OUTSOURCED, sector, SizeBand.M, NO_KEY, 100L * (organisation % 97), 100);
            }
            // each organisation's second unit in the same cell, after the builder sized for 1 has grown
            for (int organisation = 1; organisation <= 700; organisation++) {
                String sector = organisation % 3 == 0 ? "banking" : "insurance";
                sized.add(organisation, OUTSOURCED, sector, SizeBand.M, NO_KEY, 100L * (organisation * 7 % 89), 100);
            }
            tables.add(sized.build());
        }
        Rational sum = Rational.ZERO;
        for (int organisation = 3; organisation <= 700; organisation += 3) {
            sum = sum.plus(Rational.of(organisation % 97 + organisation * 7 % 89, 2));
        }

        for (PeerTable table : tables) {
            PeerResult result = table.resultFor(subject(3, OUTSOURCED, SizeBand.M, NO_KEY, 3));
            assertThat(label(result)).isEqualTo("outsourced · banking · M (n = 233)");
            assertThat(result).isEqualTo(tables.getFirst().resultFor(subject(3, OUTSOURCED, SizeBand.M, NO_KEY, 3)));
            assertThat(table.statistics(new PeerCell(OUTSOURCED, "banking", SizeBand.M), NO_KEY).mean())
                    .as("each bank's two units summed").isEqualTo(sum.dividedBy(Rational.of(233)));
        }
    }

    @Test
    void tooFewOrganisationsInTheExactCellFallBackToAllSizesThenAllSectorsThenAllSourcingModels() {
        add(1, OUTSOURCED, "banking", SizeBand.M, 80);
        add(2, OUTSOURCED, "banking", SizeBand.M, 70);
        add(3, OUTSOURCED, "banking", SizeBand.L, 60);
        add(4, OUTSOURCED, "insurance", SizeBand.M, 90);
        add(5, OUTSOURCED, "housing", SizeBand.XS, 50);
        for (int organisation = 6; organisation <= 10; organisation++) {
            add(organisation, IN_HOUSE, "housing", SizeBand.S, 30 + organisation);
        }
        PeerTable table = builder.build();

        assertThat(label(table.resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 80))))
                .isEqualTo("outsourced · all sectors · all sizes (n = 5)");
        assertThat(label(table.resultFor(subject(6, IN_HOUSE, SizeBand.M, NO_KEY, 36))))
                .as("no other in-house bank, so all in-house organisations (the fallback to all sourcing models "
                        + "is in allOrganisationsMinusTheOutsourcedNeverDiscloseASmallInHouseGroup)")
                .isEqualTo("in-house · all sectors · all sizes (n = 5)");
        assertThat(table.resultFor(subject(6, IN_HOUSE, SizeBand.M, Map.of("threshold_seconds", BigDecimal.ONE),
                40))).as("nobody with this peer key").isInstanceOf(PeerResult.InsufficientPeers.class);
    }

    @Test
    void aChosenPeerGroupIsOneCellThatIsNeverWidenedAndMayLeaveTheSubjectOut() {
        add(1, OUTSOURCED, "banking", SizeBand.M, 80);
        add(2, OUTSOURCED, "banking", SizeBand.M, 70);
        add(3, OUTSOURCED, "banking", SizeBand.L, 60);
        add(4, OUTSOURCED, "insurance", SizeBand.M, 90);
        add(5, OUTSOURCED, "housing", SizeBand.XS, 50);
        add(6, IN_HOUSE, "banking", SizeBand.M, 65);
        for (int organisation = 7; organisation <= 10; organisation++) {
            add(organisation, IN_HOUSE, "housing", SizeBand.S, 40 + organisation);
        }
        PeerTable table = builder.build();
        PeerSubject inHouseBank = subject(6, IN_HOUSE, SizeBand.M, NO_KEY, 65);

        var outsourced = (PeerResult.Comparison) table.resultFor(inHouseBank, PeerScope.OUTSOURCED);
        assertThat(outsourced.label()).isEqualTo("outsourced · all sectors · all sizes (n = 5)");
        assertThat(outsourced.percentRank()).as("65 beats 60 and 50 of the five others: 50 × (2 × 2) / 5")
                .isEqualTo(Rational.of(40));
        assertThat(table.resultFor(inHouseBank, PeerScope.SECTOR_ALL_SIZES)).as("one in-house bank, not widened")
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(label(table.resultFor(inHouseBank, PeerScope.EVERYONE)))
                .isEqualTo("all · all sectors · all sizes (n = 10)");
        assertThat(table.resultFor(inHouseBank, PeerScope.AUTOMATIC)).isEqualTo(table.resultFor(inHouseBank));
    }

    @Test
    void fourOrganisationsInEveryCellAreInsufficientPeers() {
        for (int organisation = 1; organisation <= 4; organisation++) {
            add(organisation, OUTSOURCED, "banking", SizeBand.M, 70 + organisation);
        }

        assertThat(builder.build().resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 71)))
                .isInstanceOf(PeerResult.InsufficientPeers.class);
    }

    @Test
    void serviceLevelsAt20And30SecondsAreNeverCompared() {
        for (int organisation = 1; organisation <= 5; organisation++) {
            builder.add(organisation, OUTSOURCED, "banking", SizeBand.M, SL_20, 80 + organisation, 100);
        }
        builder.add(6, OUTSOURCED, "banking", SizeBand.M, SL_30, 90, 100);
        PeerTable table = builder.build();

        assertThat(((PeerResult.Comparison) table.resultFor(subject(1, OUTSOURCED, SizeBand.M, SL_20, 80)))
                .statistics().n()).isEqualTo(5);
        assertThat(table.resultFor(subject(6, OUTSOURCED, SizeBand.M, Map.of("threshold_seconds",
                new BigDecimal("30.0")), 90))).as("only one organisation at 30 s")
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(table.organisations(new PeerCell(null, null, null), SL_30)).isEqualTo(1);
    }

    @Test
    void aMixedOrganisationIsARatioOfSumsInTheWiderCellsAndIsNotItsOwnPeer() {
        // organisation 5: in-house 300/400 = 75 and outsourced 60/100 = 60; together 360/500 = 72, not (75 + 60) / 2
        builder.add(5, IN_HOUSE, "banking", SizeBand.M, NO_KEY, 30_000, 400)
                .add(5, OUTSOURCED, "insurance", SizeBand.S, NO_KEY, 6_000, 100);
        add(1, OUTSOURCED, "banking", SizeBand.M, 80);
        add(2, OUTSOURCED, "banking", SizeBand.M, 75);
        add(3, IN_HOUSE, "banking", SizeBand.M, 75);
        add(4, IN_HOUSE, "banking", SizeBand.M, 90);
        PeerTable table = builder.build();

        var outsourcedUnit = (PeerResult.Comparison) table.resultFor(subject(5, OUTSOURCED, SizeBand.S, NO_KEY, 60));

        assertThat(outsourcedUnit.cell()).isEqualTo(new PeerCell(null, null, null));
        assertThat(outsourcedUnit.statistics().n()).isEqualTo(5);
        assertThat(outsourcedUnit.statistics().mean()).isEqualTo(Rational.of(80 + 75 + 75 + 90 + 72, 5));
        assertThat(outsourcedUnit.percentRank()).as("60 is below the four other organisations")
                .isEqualTo(Rational.ZERO);
        assertThat(table.statistics(new PeerCell(IN_HOUSE, null, null), NO_KEY).mean())
                .as("in-house alone: 75, 75, 90").isEqualTo(Rational.of(75 + 75 + 90, 3));
    }

    @Test
    void costsInEurosWithCentsAreExact() {
        PeerTable.Builder costs = PeerTable.builder(Direction.LOWER_IS_BETTER, PeerAnonymity.defaults());
        String[][] costAndHandled = {{"1000.50", "100"}, {"999.99", "100"}, {"1200", "150"}, {"800.125", "80"},
                {"1500", "100.5"}};
        for (int organisation = 0; organisation < costAndHandled.length; organisation++) {
            costs.add(organisation, OUTSOURCED, "banking", SizeBand.M, NO_KEY,
                    new BigDecimal(costAndHandled[organisation][0]), new BigDecimal(costAndHandled[organisation][1]));
        }
        PeerTable table = costs.build();

        var result = (PeerResult.Comparison) table.resultFor(new PeerSubject(0, OUTSOURCED, "banking", SizeBand.M,
                NO_KEY, Rational.parse("10.005")));

        // 10.005, 9.9999, 8, 10.0015625, 1500 / 100.5 = 14.925…
        assertThat(result.statistics().median()).isEqualTo(Rational.parse("10.0015625"));
        assertThat(result.statistics().mean()).isEqualTo(Rational.parse("10.005").plus(Rational.parse("9.9999"))
                .plus(Rational.of(8)).plus(Rational.parse("10.0015625")).plus(Rational.of(15000, 1005))
                .dividedBy(5));
        assertThat(result.percentRank()).as("lower is better: only 14.925 is worse").isEqualTo(Rational.of(25));
    }

    @Test
    void aPlainSumAddsAnOrganisationsVolumesInsteadOfDividingThem() {
        PeerTable.Builder volumes = PeerTable.builder(Direction.NEUTRAL, PeerAnonymity.defaults()).plainSum();
        volumes.add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 1_000, 1)
                .add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 500, 1)
                .add(1, IN_HOUSE, "banking", SizeBand.M, NO_KEY, 250, 1);
        for (int organisation = 2; organisation <= 5; organisation++) {
            volumes.add(organisation, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 100L * organisation, 1);
        }
        PeerTable table = volumes.build();

        var result = (PeerResult.Comparison) table.resultFor(subject(1, IN_HOUSE, SizeBand.M, NO_KEY, 250));

        assertThat(result.cell()).isEqualTo(new PeerCell(null, null, null));
        assertThat(result.statistics().mean()).as("organisation 1: 1,000 + 500 + 250").isEqualTo(
                Rational.of(1_750 + 200 + 300 + 400 + 500, 5));
        assertThat(result.percentRank()).as("a neutral KPI is not ranked").isNull();
        assertThat(table.statistics(new PeerCell(OUTSOURCED, "banking", SizeBand.M), NO_KEY).p75())
                .isEqualTo(Rational.of(500));
    }

    @Test
    void valuesOutsideTheValidRangeAreLeftOut() {
        for (int organisation = 1; organisation <= 5; organisation++) {
            add(organisation, OUTSOURCED, "banking", SizeBand.M, 70);
        }
        builder.add(6, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 10_100, 100).validRange(ValueRange.of(0, 100));

        assertThat(builder.build().organisations(new PeerCell(OUTSOURCED, "banking", SizeBand.M), NO_KEY))
                .isEqualTo(5);
    }

    @Test
    void scoring24TheSmallestRemainingSizeBandIsHiddenWithTheOneBelowMinN() {
        int organisation = 1;
        int[] perSize = {9, 6, 5, 3};
        for (SizeBand size : SizeBand.values()) {
            for (int i = 0; i < perSize[size.ordinal()]; i++) {
                add(organisation, OUTSOURCED, "banking", size, 50 + organisation++);
            }
        }

        for (int i = 0; i < 5; i++) {
            add(organisation, IN_HOUSE, "housing", SizeBand.M, 50 + organisation++);
        }

        ShownCell all = builder.build().visibility(NO_KEY);
        ShownCell banking = all.child("outsourced").child("banking");

        assertThat(banking.isShown()).isTrue();
        assertThat(banking.child("XS").isShown()).isTrue();
        assertThat(banking.child("S").isShown()).isTrue();
        assertThat(banking.child("M").visibility()).isEqualTo(CellVisibility.COMPLEMENTARY);
        assertThat(banking.child("L").visibility()).isEqualTo(CellVisibility.BELOW_MINIMUM);
        assertThat(all.child("in_house").isShown()).isTrue();
        assertThat(all.child("outsourced").children()).extracting(ShownCell::code)
                .as("the ten empty sectors are no cells of the breakdown, so banking is not hidden for them")
                .containsExactly("banking");
    }

    @Test
    void anyLongIsAnOrganisationId() {
        long[] organisations = {Long.MIN_VALUE, -1, 0, 1L << 40, Long.MAX_VALUE};
        for (int i = 0; i < organisations.length; i++) {
            builder.add(organisations[i], OUTSOURCED, "banking", i < 3 ? SizeBand.M : SizeBand.L, NO_KEY, 70 + i, 1)
                    .add(organisations[i], IN_HOUSE, "banking", SizeBand.M, NO_KEY, 10 + i, 1);
        }
        PeerTable table = builder.build();

        var result = (PeerResult.Comparison) table.resultFor(subject(Long.MAX_VALUE, OUTSOURCED, SizeBand.L, NO_KEY,
                74));

        assertThat(result.cell()).isEqualTo(new PeerCell(OUTSOURCED, "banking", null));
        assertThat(result.percentRank()).as("74 beats the other four").isEqualTo(Rational.of(100));
        assertThat(table.statistics(new PeerCell(null, null, null), NO_KEY).mean())
                .as("each organisation's two units summed: (70 + i + 10 + i) / 2").isEqualTo(Rational.of(42));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSumBeyondALongIsRefused() {
        builder.add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, Long.MAX_VALUE, 1);

        assertThatThrownBy(() -> builder.add(1, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 1, 1))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aMissingValueBeyondTheFirstSixtyFourEntriesLeavesItsOrganisationOut() {
        for (int organisation = 1; organisation <= 300; organisation++) {
            if (organisation % 3 == 0) {
                builder.addMissing(organisation, OUTSOURCED, "banking", SizeBand.M, NO_KEY);
            } else {
                add(organisation, OUTSOURCED, "banking", SizeBand.M, organisation % 100);
            }
        }
        builder.add(3, OUTSOURCED, "banking", SizeBand.M, NO_KEY, 5_000, 100);
        PeerTable table = builder.build();

        var result = (PeerResult.Comparison) table.resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 1));
        assertThat(result.statistics().n()).as("300 organisations less the 100 with a missing value").isEqualTo(200);
        assertThat(table.organisations(new PeerCell(OUTSOURCED, "banking", SizeBand.M), NO_KEY)).isEqualTo(200);
    }

    @Test
    void allOrganisationsMinusTheOutsourcedNeverDiscloseASmallInHouseGroup() {
        for (int organisation = 1; organisation <= 6; organisation++) {
            add(organisation, OUTSOURCED, "banking", SizeBand.M, 60 + 5 * organisation);
        }
        add(7, IN_HOUSE, "banking", SizeBand.M, 40);
        add(8, IN_HOUSE, "banking", SizeBand.M, 44);
        PeerTable table = builder.build();
        PeerSubject inHouse = subject(7, IN_HOUSE, SizeBand.M, NO_KEY, 40);
        PeerSubject outsourced = subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 65);

        // all (8) and outsourced (6) both shown would give 8 × mean(all) − 6 × mean(outsourced) = 40 + 44
        assertThat(label(table.resultFor(inHouse, PeerScope.EVERYONE))).isEqualTo("all · all sectors · all sizes (n = 8)");
        assertThat(table.resultFor(inHouse, PeerScope.OUTSOURCED)).as("A2: hidden with the two in-house organisations")
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(table.resultFor(outsourced, PeerScope.SOURCING_ALL_SECTORS))
                .isInstanceOf(PeerResult.InsufficientPeers.class);
        assertThat(label(table.resultFor(outsourced))).as("the automatic choice falls back past the hidden cells")
                .isEqualTo("all · all sectors · all sizes (n = 8)");
        assertThat(table.visibility(new PeerCell(OUTSOURCED, null, null), NO_KEY))
                .isEqualTo(CellVisibility.COMPLEMENTARY);
        assertThat(table.visibility(new PeerCell(IN_HOUSE, null, null), NO_KEY))
                .isEqualTo(CellVisibility.BELOW_MINIMUM);
    }

    @Test
    void scoring24SizeBandsAreHiddenUntilTheHiddenOnesHoldMinNTogether() {
        int organisation = 1;
        int[] perSize = {9, 6, 2, 2};
        for (SizeBand size : SizeBand.values()) {
            for (int i = 0; i < perSize[size.ordinal()]; i++) {
                add(organisation, OUTSOURCED, "banking", size, 50 + organisation++);
            }
        }
        PeerTable table = builder.build();

        ShownCell banking = table.visibility(NO_KEY).child("outsourced").child("banking");

        assertThat(banking.children()).extracting(ShownCell::visibility).as("M and L hold 4: S (6) goes too")
                .containsExactly(CellVisibility.SHOWN, CellVisibility.COMPLEMENTARY, CellVisibility.BELOW_MINIMUM,
                        CellVisibility.BELOW_MINIMUM);
        assertThat(label(table.resultFor(subject(10, OUTSOURCED, SizeBand.S, NO_KEY, 60))))
                .isEqualTo("outsourced · banking · all sizes (n = 19)");
    }

    @Test
    void aCellWhoseOrganisationsAllReportTheSameValueShowsNoSpreadAndNoFigure() {
        for (int organisation = 1; organisation <= 6; organisation++) {
            add(organisation, OUTSOURCED, "banking", SizeBand.M, 80);
        }
        for (int organisation = 7; organisation <= 12; organisation++) {
            add(organisation, OUTSOURCED, "insurance", SizeBand.M, 60 + organisation);
        }
        PeerTable table = builder.build();

        assertThat(table.resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 80), PeerScope.SECTOR_ALL_SIZES))
                .as("quartiles and mean of six equal values would be each one's value (A6)")
                .isEqualTo(new PeerResult.NoSpread(new PeerCell(OUTSOURCED, "banking", null), 6));
        assertThat(table.visibility(new PeerCell(OUTSOURCED, "insurance", null), NO_KEY))
                .as("the insurers' figures and all outsourced would give the banks' sum by subtraction (A2)")
                .isEqualTo(CellVisibility.COMPLEMENTARY);
        assertThat(label(table.resultFor(subject(1, OUTSOURCED, SizeBand.M, NO_KEY, 80))))
                .as("the automatic choice falls back past the cells without spread")
                .isEqualTo("outsourced · all sectors · all sizes (n = 12)");
    }

    private void add(long organisation, SourcingModel sourcing, String sector, SizeBand size, int percent) {
        builder.add(organisation, sourcing, sector, size, NO_KEY, 100L * percent, 100);
    }

    private static PeerSubject subject(long organisation, SourcingModel sourcing, SizeBand size,
                                       Map<String, BigDecimal> peerKey, int value) {
        return new PeerSubject(organisation, sourcing, "banking", size, peerKey, Rational.of(value));
    }

    private static String label(PeerResult result) {
        return ((PeerResult.Comparison) result).label();
    }
}
