package org.ccbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A newcomer reads the README in a fresh clone: every file it or the docs link to is in the repository. */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkInTheReadmeAndTheDocsPointsIntoTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1).split("#", 2)[0];
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path resolved = document.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(Path.of("").toAbsolutePath()) || !Files.exists(resolved)) {
                    broken.add(document + " → " + link.group(1));
                }
            }
            if (text.contains("../shared")) {
                broken.add(document + " names ../shared, which a clone does not have");
            }
        }
        assertThat(broken).isEmpty();
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).forEach(documents::add);
        }
        return documents;
    }
}
