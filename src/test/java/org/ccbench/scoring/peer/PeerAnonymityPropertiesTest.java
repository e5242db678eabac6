package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.peer.PeerDatasets.Dataset;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The anonymity promise of SCORING.md §2.4 as properties of {@link PeerTable}, on random datasets
 * ({@link PeerDatasets}) from fixed seeds, counted independently of the table from the observations:
 * <ol type="a">
 * <li>no shown figure rests on fewer than min_n organisations: every shown cell of the visibility tree, and every
 * figure any subject gets in any peer scope, comes from a shown cell with ≥ min_n organisations and some spread;</li>
 * <li>no union of suppressed cells in a dimension holds fewer than min_n: under every shown cell, the children hidden
 * for whatever reason number at least two, hold min_n organisations together and have some spread;</li>
 * <li>suppressed values cannot be derived: for every shown cell and every family of shown cells inside it that share
 * no finest cell (its shown children, the deepest shown cells, any shown descendant alone — which covers the scopes a
 * member can choose, e.g. all organisations against outsourced), the organisations left over by subtraction are none or
 * at least min_n;</li>
 * <li>results do not depend on the order of the input rows.</li>
 * </ol>
 * Each property runs {@value #TRIES} tries from seed {@value #SEED}; {@link #largeDatasetsKeepTheWholePromise} runs
 * {@value #LARGE_TRIES} tries on up to {@value #LARGE_ORGANISATIONS} organisations.
 */
class PeerAnonymityPropertiesTest {

    static final long SEED = 20_260_310L;
    static final int TRIES = 400;
    static final int MAX_ORGANISATIONS = 120;
    static final int LARGE_TRIES = 12;
    static final int LARGE_ORGANISATIONS = 3_000;

    private static QuickTheory properties(int tries) {
        return qt().withFixedSeed(SEED).withExamples(tries).withUnlimitedTestingTime();
    }

    @Test
    void a_noShownFigureRestsOnFewerThanMinNOrganisations() {
        properties(TRIES).forAll(PeerDatasets.datasets(MAX_ORGANISATIONS)).checkAssert(dataset -> {
            Checked checked = new Checked(dataset);
            checked.shownCellsHaveMinNAndSpread();
            checked.everyFigureComesFromAShownCell(dataset.subjects());
        });
    }

    @Test
    void b_noUnionOfSuppressedCellsInADimensionHoldsFewerThanMinN() {
        properties(TRIES).forAll(PeerDatasets.datasets(MAX_ORGANISATIONS))
                .checkAssert(dataset -> new Checked(dataset).suppressedCellsHoldMinNTogether());
    }

    @Test
    void c_suppressedValuesCannotBeDerivedFromShownTotalsAndShownCells() {
        properties(TRIES).forAll(PeerDatasets.datasets(MAX_ORGANISATIONS))
                .checkAssert(dataset -> new Checked(dataset).subtractionLeavesNobodyOrMinN());
    }

    @Test
    void d_resultsDoNotDependOnTheOrderOfTheInputRows() {
        properties(TRIES).forAll(PeerDatasets.datasets(MAX_ORGANISATIONS)).checkAssert(dataset -> {
            PeerTable table = dataset.table();
            PeerTable shuffled = dataset.table(dataset.shuffled());
            for (Map<String, BigDecimal> peerKey : PeerDatasets.PEER_KEYS) {
                assertThat(shuffled.visibility(peerKey)).as("%s", dataset).isEqualTo(table.visibility(peerKey));
            }
            for (PeerSubject subject : dataset.subjects()) {
                for (PeerScope scope : PeerScope.values()) {
                    assertThat(shuffled.resultFor(subject, scope)).as("%s %s", subject, scope)
                            .isEqualTo(table.resultFor(subject, scope));
                }
            }
        });
    }

    @Test
    void largeDatasetsKeepTheWholePromise() {
        properties(LARGE_TRIES).forAll(PeerDatasets.datasets(LARGE_ORGANISATIONS)).checkAssert(dataset -> {
            Checked checked = new Checked(dataset);
            checked.shownCellsHaveMinNAndSpread();
            checked.suppressedCellsHoldMinNTogether();
            checked.subtractionLeavesNobodyOrMinN();
            List<PeerSubject> subjects = dataset.subjects();
            checked.everyFigureComesFromAShownCell(subjects.subList(Math.max(0, subjects.size() - 200),
                    subjects.size()));
        });
    }

    /** A dataset's table, its visibility trees and the observations to count with, independently of the table. */
    private static final class Checked {

        private final Dataset dataset;
        private final PeerTable table;
        private final int minN;
        private final Map<Map<String, BigDecimal>, List<Observation>> observations = new java.util.HashMap<>();
        private final Map<Map<String, BigDecimal>, Node> trees = new java.util.HashMap<>();

        Checked(Dataset dataset) {
            this.dataset = dataset;
            this.table = dataset.table();
            this.minN = dataset.minN();
            List<Observation> all = dataset.observations();
            for (Map<String, BigDecimal> peerKey : PeerDatasets.PEER_KEYS) {
                List<Observation> withKey = all.stream().filter(o -> o.peerKey().equals(peerKey)).toList();
                observations.put(peerKey, withKey);
                ShownCell tree = table.visibility(peerKey);
                assertThat(tree == null).as("a tree exactly when someone has the key").isEqualTo(withKey.isEmpty());
                if (tree != null) {
                    trees.put(peerKey, Node.of(tree, new PeerCell(null, null, null)));
                }
            }
        }

        void shownCellsHaveMinNAndSpread() {
            trees.forEach((peerKey, tree) -> tree.forEach(node -> {
                Map<Long, Rational> values = values(peerKey, node.cell());
                assertThat(node.shown().organisations()).as("%s %s", node.cell(), dataset).isEqualTo(values.size());
                CellVisibility visibility = node.shown().visibility();
                if (visibility.showsCount()) {
                    assertThat(values.size()).as("%s %s", node.cell(), dataset).isGreaterThanOrEqualTo(minN);
                    assertThat(new HashSet<>(values.values()).size() == 1).as("A6 %s %s", node.cell(), dataset)
                            .isEqualTo(visibility == CellVisibility.NO_SPREAD);
                }
            }));
        }

        void everyFigureComesFromAShownCell(List<PeerSubject> subjects) {
            for (PeerSubject subject : subjects) {
                for (PeerScope scope : PeerScope.values()) {
                    PeerResult result = table.resultFor(subject, scope);
                    switch (result) {
                        case PeerResult.Comparison comparison -> {
                            Map<Long, Rational> values = values(subject.peerKey(), comparison.cell());
                            assertThat(table.visibility(comparison.cell(), subject.peerKey())).as("%s %s %s",
                                    subject, scope, dataset).isEqualTo(CellVisibility.SHOWN);
                            assertThat(comparison.statistics().n()).isEqualTo(values.size())
                                    .isGreaterThanOrEqualTo(minN);
                            assertThat(scope.cells(subject)).contains(comparison.cell());
                        }
                        case PeerResult.NoSpread noSpread -> {
                            assertThat(table.visibility(noSpread.cell(), subject.peerKey()))
                                    .isEqualTo(CellVisibility.NO_SPREAD);
                            assertThat(new HashSet<>(values(subject.peerKey(), noSpread.cell()).values())).hasSize(1);
                        }
                        case PeerResult.InsufficientPeers insufficient -> assertThat(scope.cells(subject))
                                .as("%s %s %s", subject, scope, dataset).noneMatch(cell ->
                                        table.visibility(cell, subject.peerKey()) == CellVisibility.SHOWN);
                    }
                }
            }
        }

        void suppressedCellsHoldMinNTogether() {
            trees.forEach((peerKey, tree) -> tree.forEach(node -> {
                if (node.shown().isShown()) {
                    List<Node> hidden = node.children().stream().filter(child -> !child.shown().isShown()).toList();
                    if (!hidden.isEmpty()) {
                        Map<Long, Set<Rational>> together = union(peerKey, hidden);
                        assertThat(hidden).as("%s %s", node.cell(), dataset).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(together).as("%s %s", node.cell(), dataset).hasSizeGreaterThanOrEqualTo(minN);
                        assertThat(together.values().stream().flatMap(Set::stream).distinct().count())
                                .as("spread of %s %s", node.cell(), dataset).isGreaterThan(1);
                    }
                } else if (node.shown().visibility() == CellVisibility.NO_SPREAD) {
                    List<Node> hidden = node.children().stream().filter(child -> !child.shown().visibility()
                            .showsCount()).toList();
                    assertThat(hidden.isEmpty() || union(peerKey, hidden).size() >= minN).as("%s %s", node.cell(),
                            dataset).isTrue();
                } else {
                    assertThat(node.children()).as("under a hidden cell %s %s", node.cell(), dataset)
                            .noneMatch(child -> child.shown().visibility().showsCount());
                }
            }));
        }

        void subtractionLeavesNobodyOrMinN() {
            Random random = new Random(dataset.shuffleSeed());
            trees.forEach((peerKey, tree) -> tree.forEach(node -> {
                if (!node.shown().isShown()) {
                    return;
                }
                List<List<Node>> families = new ArrayList<>();
                families.add(node.children().stream().filter(child -> child.shown().isShown()).toList());
                families.add(deepestShown(node));
                families.add(randomShownAntichain(node, random));
                node.forEach(descendant -> {
                    if (descendant != node && descendant.shown().isShown()) {
                        families.add(List.of(descendant));
                    }
                });
                for (List<Node> family : families) {
                    Set<Long> left = leftOver(peerKey, node.cell(), family);
                    assertThat(left.isEmpty() || left.size() >= minN).as("%s − %s leaves %s: %s", node.cell(),
                            family.stream().map(Node::cell).toList(), left, dataset).isTrue();
                }
            }));
        }

        /** Organisations of the cell with a value somewhere in it outside every cell of the family. */
        private Set<Long> leftOver(Map<String, BigDecimal> peerKey, PeerCell cell, List<Node> family) {
            Set<Long> left = new HashSet<>();
            for (Observation observation : observations.get(peerKey)) {
                if (cell.contains(observation)
                        && family.stream().noneMatch(member -> member.cell().contains(observation))) {
                    left.add(observation.organisationId());
                }
            }
            return left;
        }

        private Map<Long, Rational> values(Map<String, BigDecimal> peerKey, PeerCell cell) {
            return PeerCellSelector.valuePerOrganisation(cell, observations.get(peerKey));
        }

        /** Each organisation in the cells with its values in them. */
        private Map<Long, Set<Rational>> union(Map<String, BigDecimal> peerKey, List<Node> cells) {
            Map<Long, Set<Rational>> together = new java.util.HashMap<>();
            for (Node cell : cells) {
                values(peerKey, cell.cell()).forEach((organisation, value) ->
                        together.computeIfAbsent(organisation, id -> new HashSet<>()).add(value));
            }
            return together;
        }

        /** The shown cells under {@code node} without a shown child: they share no finest cell. */
        private static List<Node> deepestShown(Node node) {
            List<Node> deepest = new ArrayList<>();
            for (Node child : node.children()) {
                if (child.shown().isShown()) {
                    List<Node> below = deepestShown(child);
                    if (below.isEmpty()) {
                        deepest.add(child);
                    } else {
                        deepest.addAll(below);
                    }
                }
            }
            return deepest;
        }

        /** For each shown child: the child, its own random antichain, or nothing. */
        private static List<Node> randomShownAntichain(Node node, Random random) {
            List<Node> chosen = new ArrayList<>();
            for (Node child : node.children()) {
                if (child.shown().isShown()) {
                    switch (random.nextInt(3)) {
                        case 0 -> chosen.add(child);
                        case 1 -> chosen.addAll(randomShownAntichain(child, random));
                        default -> { }
                    }
                }
            }
            return chosen;
        }
    }

    /** A cell of a visibility tree with the peer cell it stands for. */
    private record Node(ShownCell shown, PeerCell cell, List<Node> children) {

        static Node of(ShownCell shown, PeerCell cell) {
            List<Node> children = new ArrayList<>();
            for (ShownCell child : shown.children()) {
                PeerCell childCell;
                if (cell.sourcing() == null) {
                    childCell = new PeerCell(SourcingModel.valueOf(child.code().toUpperCase(java.util.Locale.ROOT)),
                            null, null);
                } else if (cell.sector() == null) {
                    childCell = new PeerCell(cell.sourcing(), child.code(), null);
                } else {
                    childCell = new PeerCell(cell.sourcing(), cell.sector(), SizeBand.valueOf(child.code()));
                }
                children.add(of(child, childCell));
            }
            return new Node(shown, cell, children);
        }

        void forEach(java.util.function.Consumer<Node> action) {
            action.accept(this);
            children.forEach(child -> child.forEach(action));
        }
    }
}
