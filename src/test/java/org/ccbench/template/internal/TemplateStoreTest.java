package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** A broken shipped file does not stop the portal: it is listed with its place, the other files still load. */
@Import(TestClock.class)
@SpringBootTest
@TestPropertySource(properties = "ccbench.test.database-name=templates")
class TemplateStoreTest {

    @Autowired
    TemplateStore store;

    @AfterEach
    void restoreShippedFiles() {
        store.loadShipped(shippedFiles(ShippedTemplates.text(ShippedTemplates.TRENDS)));
    }

    static Map<String, String> shippedFiles(String trendText) {
        return Map.of(
                "tote-m-style-client-satisfaction.yaml", ShippedTemplates.text(ShippedTemplates.CLIENT_SATISFACTION),
                "kirc-style-trends.yaml", trendText,
                "kpi-catalogue.yaml", ShippedTemplates.text(ShippedTemplates.CATALOGUE));
    }

    @Test
    void brokenShippedFileIsListedAndTheOthersStillLoad() {
        String broken = ShippedTemplates.text(ShippedTemplates.TRENDS).replace("version: 1.0.0", "version: 1.0.1")
                .replace("theme: employees", "theme: staff");

        store.loadShipped(shippedFiles(broken));

        assertThat(store.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("kirc-style-trends.yaml");
            assertThat(problem.place()).isEqualTo("sections");
            assertThat(problem.message()).contains("missing [employees]");
        });
        assertThat(store.questionnaire("kirc-style-trends", "1.0.1")).isEmpty();
        assertThat(store.questionnaire("kirc-style-trends", "1.0.0")).isPresent();
        assertThat(store.questionnaire("tote-m-style-client-satisfaction", "1.0.0")).isPresent();
    }

    @Test
    void questionnaireWithoutItsCatalogueIsRefusedWithTheReason() {
        Map<String, String> files = Map.of("kirc-style-trends.yaml", ShippedTemplates.text(ShippedTemplates.TRENDS)
                .replace("version: 1.0.0", "version: 1.0.2").replace("ccbench-core@1", "ccbench-extra@1"));

        store.loadShipped(files);

        assertThat(store.problems()).extracting(problem -> problem.message())
                .containsExactly("no valid KPI catalogue ccbench-extra@1 is loaded");
    }
}
