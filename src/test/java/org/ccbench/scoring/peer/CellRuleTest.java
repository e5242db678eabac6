package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellRuleTest {

    private static final CellRule MIN_5 = new CellRule(5);

    @Test
    void workedA2ExampleOfSection2_4() {
        // size bands XS 9, S 6, M 5, L 3 with the total shown: L fails A1, so M (the smallest remaining) goes too
        assertThat(MIN_5.breakdown(new long[] {9, 6, 5, 3}, true)).containsExactly(
                CellVisibility.SHOWN, CellVisibility.SHOWN, CellVisibility.COMPLEMENTARY, CellVisibility.BELOW_MINIMUM);
    }

    @Test
    void secondWorkedA2ExampleOfSection2_4() {
        // XS 9, S 6, M 2, L 2: M and L hold only 4 together, so S is suppressed too
        assertThat(MIN_5.breakdown(new long[] {9, 6, 2, 2}, true)).containsExactly(
                CellVisibility.SHOWN, CellVisibility.COMPLEMENTARY, CellVisibility.BELOW_MINIMUM,
                CellVisibility.BELOW_MINIMUM);
    }

    /**
     * S = shown, B = below the minimum, C = complementary suppression (A2): until the suppressed cells number two and
     * hold 5 organisations together, the smallest shown cell goes too; an empty cell hides nothing.
     */
    @ParameterizedTest(name = "cells {0}, total shown {1} → {2}")
    @CsvSource(textBlock = """
            9 6 5 3,    true,  S S C B
            9 6 5 3,    false, S S S B
            9 6 3 2,    true,  S S B B
            9 6 2 2,    true,  S C B B
            9 6 2 1 1,  true,  S C B B B
            5 9 5 3,    true,  C S S B
            9 5 5 3,    true,  S C S B
            9 6 5 7,    true,  S S S S
            3 9,        true,  B C
            3,          true,  B
            2 4 1,      true,  B B B
            2 1 1,      true,  B B B
            0 9 6,      true,  B S S
            0 3 9 6,    true,  B B S C
            0 0 3 9,    true,  B B B C
            5 4,        true,  C B
            1 1 7 8 9,  true,  B B C S S
            1 1 7 8 9,  false, B B S S S
            """)
    void hidesTheSmallestRemainingCellsUntilTheSuppressedOnesHoldTheMinimumTogether(String counts, boolean totalShown,
            String expected) {
        List<CellVisibility> expectedCells = Arrays.stream(expected.split(" ")).map(code -> switch (code) {
            case "S" -> CellVisibility.SHOWN;
            case "B" -> CellVisibility.BELOW_MINIMUM;
            case "C" -> CellVisibility.COMPLEMENTARY;
            default -> throw new IllegalArgumentException(code);
        }).toList();

        assertThat(MIN_5.breakdown(longs(counts), totalShown))
                .containsExactlyElementsOf(expectedCells);
    }

    @Test
    void anOrganisationInTwoSuppressedCellsCountsOnce() {
        // cells {1,2,3}, {1,2,3,4} hidden hold 4 organisations, not 3 + 4: the next smallest cell goes too
        BreakdownCells cells = cells(List.of(Set.of(1, 2, 3), Set.of(1, 2, 3, 4), range(10, 16), range(20, 30)),
                Set.of(), null);

        assertThat(MIN_5.breakdown(cells, CellVisibility.SHOWN)).containsExactly(CellVisibility.BELOW_MINIMUM,
                CellVisibility.BELOW_MINIMUM, CellVisibility.COMPLEMENTARY, CellVisibility.SHOWN);
    }

    @Test
    void theTotalsContributorsInNoCellArePartOfWhatSubtractionDisclosesAndNeedCompany() {
        // two outsourced raters name no vendor: outsourced − the shown vendors would give exactly their answers
        BreakdownCells cells = cells(List.of(range(1, 7), range(10, 17)), Set.of(40, 41), null);

        assertThat(MIN_5.breakdown(cells, CellVisibility.SHOWN)).containsExactly(CellVisibility.COMPLEMENTARY,
                CellVisibility.SHOWN);
    }

    @Test
    void aCellWithoutSpreadIsSuppressedForA2AndTheHiddenGroupNeedsSpreadToo() {
        List<Set<Integer>> organisations = List.of(range(1, 7), range(10, 16), range(20, 28));

        assertThat(MIN_5.breakdown(cells(organisations, Set.of(), new int[][] {{80, 80}, {60, 75}, {70, 90}}),
                CellVisibility.SHOWN)).as("total − shown would give the six equal values' sum")
                .containsExactly(CellVisibility.NO_SPREAD, CellVisibility.COMPLEMENTARY, CellVisibility.SHOWN);
        assertThat(MIN_5.breakdown(cells(organisations, Set.of(), new int[][] {{80, 80}, {80, 80}, {70, 90}}),
                CellVisibility.SHOWN)).as("two cells at 80 together still have no spread")
                .containsExactly(CellVisibility.NO_SPREAD, CellVisibility.NO_SPREAD, CellVisibility.COMPLEMENTARY);
        assertThat(MIN_5.breakdown(cells(List.of(range(1, 7), Set.of(10, 11), range(20, 28)), Set.of(),
                new int[][] {{80, 80}, {60, 75}, {70, 90}}), CellVisibility.NO_SPREAD))
                .as("under a total without spread only counts are protected: the cheapest is the cell without spread")
                .containsExactly(CellVisibility.COMPLEMENTARY, CellVisibility.BELOW_MINIMUM, CellVisibility.SHOWN);
    }

    /** Cells of organisation ids, with the total's rest, and each cell's lowest and highest value (null: no A6). */
    private static BreakdownCells cells(List<Set<Integer>> organisations, Set<Integer> rest, int[][] range) {
        return new BreakdownCells() {
            @Override
            public int size() {
                return organisations.size();
            }

            @Override
            public long organisations(int cell) {
                return organisations.get(cell).size();
            }

            @Override
            public long organisationsIn(java.util.BitSet cells) {
                Set<Integer> together = new java.util.HashSet<>(rest);
                cells.stream().forEach(cell -> together.addAll(organisations.get(cell)));
                return together.size();
            }

            @Override
            public boolean hasRest() {
                return !rest.isEmpty();
            }

            @Override
            public boolean noSpread(int cell) {
                return range != null && range[cell][0] == range[cell][1];
            }

            @Override
            public boolean noSpreadIn(java.util.BitSet cells) {
                return range != null && cells.stream().allMatch(this::noSpread)
                        && cells.stream().map(cell -> range[cell][0]).distinct().count() == 1;
            }
        };
    }

    private static Set<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} distinct contributors with minimum {1} → shown {2}")
    @CsvSource(textBlock = """
            4, 5, false
            5, 5, true
            6, 5, true
            2, 3, false
            3, 3, true
            0, 1, false
            """)
    void showsACellFromTheMinimumOn(long contributors, int minimum, boolean shown) {
        assertThat(new CellRule(minimum).shows(contributors)).isEqualTo(shown);
    }

    @Test
    void countsEachContributingOrganisationOnce() {
        assertThat(MIN_5.shows(List.of(1L, 1L, 2L, 3L, 4L))).isFalse();
        assertThat(MIN_5.shows(List.of(1L, 2L, 3L, 4L, 5L, 5L))).isTrue();
        assertThat(MIN_5.shows(Set.of("o1", "o2", "o3", "o4", "o5"))).isTrue();
    }

    @Test
    void refusesAMinimumBelowOneAndNegativeCounts() {
        assertThatThrownBy(() -> new CellRule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MIN_5.breakdown(new long[] {-1, 6}, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] longs(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }
}
