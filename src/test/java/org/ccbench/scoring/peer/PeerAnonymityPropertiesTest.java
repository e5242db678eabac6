package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/**
 * Property checks of SCORING.md §2.4 on random datasets, each generated from a fixed seed 0–1999 (reported on failure,
 * so a failing dataset can be replayed): (a) no shown peer statistic has fewer than {@code min_n} distinct organisations
 * (A1), (b) in a breakdown with its total shown, no hidden cell's n or value sum follows from the total and the shown
 * cells (A2), also level by level.
 */
class PeerAnonymityPropertiesTest {

    private static final List<String> SECTORS = List.of("banking", "retail", "energy", "telecom");
    private static final int DATASETS = 2000;

    @Test
    void noShownPeerStatisticHasFewerThanMinNOrganisations() {
        LongStream.range(0, DATASETS).forEach(PeerAnonymityPropertiesTest::peerStatisticOfDataset);
    }

    @Test
    void noHiddenCellFollowsFromTheShownTotalAndTheShownCells() {
        LongStream.range(0, DATASETS).forEach(PeerAnonymityPropertiesTest::breakdownOfDataset);
    }

    @Test
    void levelByLevelNoHiddenCellFollowsFromItsShownParentAndShownSiblings() {
        LongStream.range(0, DATASETS).forEach(PeerAnonymityPropertiesTest::breakdownTreeOfDataset);
    }

    private static Observation observation(Random random) {
        return new Observation(1 + random.nextInt(25), pick(random, SourcingModel.values()), pick(random, SECTORS),
                pick(random, SizeBand.values()),
                Map.of("threshold_seconds", BigDecimal.valueOf(random.nextBoolean() ? 20 : 30)),
                Rational.of(random.nextInt(101)), Rational.of(1 + random.nextInt(500)));
    }

    private static void peerStatisticOfDataset(long seed) {
        Random random = new Random(seed);
        List<Observation> observations = new ArrayList<>();
        for (int i = random.nextInt(81); i > 0; i--) {
            observations.add(observation(random));
        }
        Observation like = observation(random);
        PeerSubject subject = new PeerSubject(like.organisationId(), like.sourcing(), like.sector(), like.size(),
                like.peerKey(), random.nextInt(5) == 0 ? null : like.value());
        int minN = 2 + random.nextInt(7);

        PeerResult result = new PeerCellSelector(minN).select(subject, observations, pick(random, Direction.values()));

        if (result instanceof PeerResult.Comparison comparison) {
            assertThat(comparison.statistics().n()).as("seed %d", seed)
                    .isEqualTo(organisations(observations, subject, comparison.cell())).isGreaterThanOrEqualTo(minN);
            assertThat(comparison.statistics().p10() != null).isEqualTo(comparison.statistics().n() >= 10);
        } else {
            for (PeerCell cell : PeerCell.fallbacks(subject)) {
                assertThat(organisations(observations, subject, cell)).as("seed %d", seed).isLessThan(minN);
            }
        }
    }

    /** Distinct organisations with the subject's peer key in a cell, counted independently of the selector. */
    private static int organisations(List<Observation> observations, PeerSubject subject, PeerCell cell) {
        Set<Long> organisations = new HashSet<>();
        observations.stream().filter(o -> o.peerKey().equals(subject.peerKey())).filter(cell::contains)
                .forEach(o -> organisations.add(o.organisationId()));
        return organisations.size();
    }

    /** A breakdown cell's distinct organisations and the sum of their values. */
    record Cell(int organisations, int valueSum) {
    }

    private static List<Cell> breakdown(Random random) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            cells.add(new Cell(random.nextInt(13), random.nextInt(1001)));
        }
        return cells;
    }

    private static void breakdownOfDataset(long seed) {
        Random random = new Random(seed);
        List<Cell> cells = breakdown(random);
        int minN = 2 + random.nextInt(7);
        boolean totalShown = cells.stream().mapToLong(Cell::organisations).sum() >= minN;

        List<CellVisibility> visibility = new PeerAnonymity(minN, 3)
                .breakdown(cells.stream().mapToLong(Cell::organisations).toArray(), totalShown);

        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (visibility.get(i).isShown()) {
                assertThat(cells.get(i).organisations()).as("seed %d", seed).isGreaterThanOrEqualTo(minN);
            } else {
                hidden.add(i);
            }
        }
        // with exactly one hidden cell, total − Σ shown cells would give its n and its value sum exactly
        assertThat(totalShown && hidden.size() == 1).as("seed %d: %s %s", seed, cells, visibility).isFalse();
    }

    private static void breakdownTreeOfDataset(long seed) {
        Random random = new Random(seed);
        List<BreakdownCell> sizes = new ArrayList<>();
        for (Cell size : breakdown(random)) {
            List<BreakdownCell> sectors = random.nextBoolean() ? List.of()
                    : breakdown(random).stream().map(cell -> BreakdownCell.leaf("sector", cell.organisations())).toList();
            long organisations = sectors.isEmpty() ? size.organisations()
                    : sectors.stream().mapToLong(BreakdownCell::organisations).sum();
            sizes.add(new BreakdownCell("size", organisations, sectors));
        }
        BreakdownCell total = new BreakdownCell("all", sizes.stream().mapToLong(BreakdownCell::organisations).sum(),
                sizes);
        int minN = 2 + random.nextInt(7);

        assertTree(new PeerAnonymity(minN, 3).breakdown(total), minN, seed);
    }

    private static void assertTree(ShownCell cell, int minN, long seed) {
        if (cell.isShown()) {
            assertThat(cell.organisations()).as("seed %d", seed).isGreaterThanOrEqualTo(minN);
            assertThat(cell.children().stream().filter(child -> !child.isShown()).count()).as("seed %d", seed)
                    .isNotEqualTo(1);
        } else {
            assertThat(cell.children()).as("seed %d", seed).noneMatch(ShownCell::isShown);
        }
        cell.children().forEach(child -> assertTree(child, minN, seed));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
