package org.ccbench.kpi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.ccbench.kpi.DraftPrecondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** If-Match and If-None-Match as the API reads them, and which stored version each lets a save through. */
class EntityTagsTest {

    @ParameterizedTest(name = "If-Match {0}, If-None-Match {1}: nothing stored {2}, v4 {3}, v5 {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            *        | -   | true  | true  | true
            "4"      | -   | false | true  | false
            " "4" "  | -   | false | true  | false
            "0"      | -   | true  | false | false
            -        | *   | true  | false | false
            W/"4"    | -   | false | false | false
            "v4"     | -   | false | false | false
            """)
    void aPreconditionLetsThroughOnlyTheStateTheClientRead(String ifMatch, String ifNoneMatch, boolean nothingStored,
                                                           boolean version4, boolean version5) {
        DraftPrecondition precondition = EntityTags.precondition(unquote(ifMatch), ifNoneMatch).orElseThrow();

        assertThat(precondition.holdsFor(null)).isEqualTo(nothingStored);
        assertThat(precondition.holdsFor(4)).isEqualTo(version4);
        assertThat(precondition.holdsFor(5)).isEqualTo(version5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            "4", "5" | -
            4        | -
            "4       | -
            -        | "4"
            "4"      | *
            """)
    void anythingElseIsABadRequest(String ifMatch, String ifNoneMatch) {
        assertThatThrownBy(() -> EntityTags.precondition(ifMatch, ifNoneMatch))
                .isInstanceOf(ApiInputs.BadApiRequestException.class);
    }

    @Test
    void noHeaderIsNoPrecondition() {
        assertThat(EntityTags.precondition(null, null)).isEqualTo(Optional.empty());
    }

    /** The table writes {@code " "4" "} for a tag with spaces around it. */
    private static String unquote(String cell) {
        return cell == null ? null : cell.startsWith("\" ") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
