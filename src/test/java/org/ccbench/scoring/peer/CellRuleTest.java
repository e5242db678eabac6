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

    /** S = shown, B = below the minimum, C = complementary suppression (A2). */
    @ParameterizedTest(name = "cells {0}, total shown {1} → {2}")
    @CsvSource(textBlock = """
            9 6 5 3,  true,  S S C B
            9 6 5 3,  false, S S S B
            9 6 3 2,  true,  S S B B
            5 9 5 3,  true,  C S S B
            9 5 5 3,  true,  S C S B
            9 6 5 7,  true,  S S S S
            3 9,      true,  B C
            3,        true,  B
            2 4 1,    true,  B B B
            0 9 6,    true,  B S C
            5 4,      true,  C B
            """)
    void hidesTheSmallestRemainingCellWhenExactlyOneIsSuppressedAndTheTotalIsShown(String counts, boolean totalShown,
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
