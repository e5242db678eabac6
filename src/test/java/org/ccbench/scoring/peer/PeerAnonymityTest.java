package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scoring.peer.CellVisibility.BELOW_MINIMUM;
import static org.ccbench.scoring.peer.CellVisibility.COMPLEMENTARY;
import static org.ccbench.scoring.peer.CellVisibility.SHOWN;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerAnonymityTest {

    private static final PeerAnonymity DEFAULTS = PeerAnonymity.defaults();

    private static long[] counts(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    private static List<CellVisibility> visibilities(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(CellVisibility::valueOf).toList();
    }

    @ParameterizedTest(name = "XS S M L = {0}, total shown {1}: {2}")
    @CsvSource(textBlock = """
            9 6 5 3,  true,  SHOWN SHOWN COMPLEMENTARY BELOW_MINIMUM
            9 6 5 3,  false, SHOWN SHOWN SHOWN BELOW_MINIMUM
            9 5 5 3,  true,  SHOWN COMPLEMENTARY SHOWN BELOW_MINIMUM
            9 6 4 3,  true,  SHOWN SHOWN BELOW_MINIMUM BELOW_MINIMUM
            9 6 5 7,  true,  SHOWN SHOWN SHOWN SHOWN
            3 8,      true,  BELOW_MINIMUM COMPLEMENTARY
            """)
    void a2HidesTheSmallestRemainingCellWhenExactlyOneIsHidden(String organisations, boolean totalShown,
            String expected) {
        assertThat(DEFAULTS.breakdown(counts(organisations), totalShown)).isEqualTo(visibilities(expected));
    }

    @Test
    void a2IsAppliedLevelByLevelAndNothingUnderAHiddenCellShows() {
        BreakdownCell total = new BreakdownCell("all", 23, List.of(
                new BreakdownCell("XS", 9, List.of(BreakdownCell.leaf("banking", 6), BreakdownCell.leaf("retail", 3))),
                BreakdownCell.leaf("S", 6),
                new BreakdownCell("M", 5, List.of(BreakdownCell.leaf("banking", 5))),
                BreakdownCell.leaf("L", 3)));

        ShownCell shown = DEFAULTS.breakdown(total);

        assertThat(shown.visibility()).isEqualTo(SHOWN);
        assertThat(shown.children()).extracting(ShownCell::visibility)
                .containsExactly(SHOWN, SHOWN, COMPLEMENTARY, BELOW_MINIMUM);
        assertThat(shown.child("XS").children()).extracting(ShownCell::visibility)
                .containsExactly(COMPLEMENTARY, BELOW_MINIMUM);
        assertThat(shown.child("M").child("banking").visibility()).isEqualTo(COMPLEMENTARY);
    }

    @Test
    void aTotalBelowMinNHidesTheWholeTree() {
        ShownCell shown = DEFAULTS.breakdown(new BreakdownCell("all", 4, List.of(BreakdownCell.leaf("XS", 4))));

        assertThat(shown.isShown()).isFalse();
        assertThat(shown.child("XS").isShown()).isFalse();
    }

    @ParameterizedTest(name = "clients {0}: vendor figure shown {1}")
    @CsvSource(textBlock = """
            1 2 3,   true
            1 2 2 1, false
            7,       false
            """)
    void a3NeedsThreeDistinctClientOrganisations(String clients, boolean shown) {
        List<Long> ids = Arrays.stream(counts(clients)).boxed().toList();

        assertThat(DEFAULTS.showsVendorFigure(ids)).isEqualTo(shown);
    }

    @Test
    void a4OwnValuesAreAlwaysShown() {
        assertThat(new PeerAnonymity(50, 10).showsOwnValue()).isTrue();
    }
}
