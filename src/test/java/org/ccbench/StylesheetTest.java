package org.ccbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portal's stylesheet is appended to by several features. A rule left open swallows every rule after it without
 * any error in the browser (a merge once dropped two closing braces: the month form lost its two columns and the
 * scorecard its phone cards), so the braces must balance and never close more than was opened.
 */
class StylesheetTest {

    @Test
    void everyRuleOfThePortalsStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("frontend/styles/ccbench.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            line += c == '\n' ? 1 : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("a closing brace without its rule near line %d (comments removed)", line)
                    .isNotNegative();
        }
        assertThat(depth).as("rules left open at the end of the stylesheet").isZero();
    }
}
