package org.ccbench.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.TEMPLATE_VERSION;

import java.nio.charset.StandardCharsets;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateVersion;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A version accepted on one node reaches the others: each node's store compares the database's fingerprint of the
 * stored versions now and then and rebuilds its snapshot when another node added or replaced one.
 */
@ServiceIntegrationTest
class TemplateStoreAcrossNodesTest {

    private static final String TRENDS = "kirc-style-trends";

    @Autowired
    TemplateStore thisNode;

    @Autowired
    TemplateVersionRepository repository;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeTheDraft() {
        dsl.deleteFrom(TEMPLATE_VERSION).where(TEMPLATE_VERSION.TEMPLATE_ID.eq(TRENDS),
                TEMPLATE_VERSION.VERSION.eq("1.1.0")).execute();
    }

    @Test
    void aDraftAcceptedOnOneNodeIsReadOnTheOtherOnceItsRefreshIntervalHasPassed() throws Exception {
        TemplateStore otherNode = new TemplateStore(repository, TestClock.CLOCK, 0);
        TemplateStore slowNode = new TemplateStore(repository, TestClock.CLOCK, 3600);
        assertThat(versionsOf(otherNode)).contains("1.0.0").doesNotContain("1.1.0");

        String draft = new ClassPathResource("benchmark-templates/" + TRENDS + ".yaml")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("version: 1.0.0", "version: 1.1.0").replace("status: published", "status: draft");
        thisNode.accept(TRENDS + ".yaml", draft, TemplateOrigin.UPLOADED, "admin@ccbench.example");

        assertThat(versionsOf(otherNode)).contains("1.0.0", "1.1.0");
        assertThat(otherNode.questionnaire(TRENDS, "1.1.0")).isPresent();
        assertThat(versionsOf(slowNode)).as("within its interval a node keeps its snapshot").isEmpty();
    }

    @Test
    void anUnchangedFileAcceptedAfterAnotherNodeAddedAVersionBringsThatVersionIn() throws Exception {
        TemplateStore slowNode = new TemplateStore(repository, TestClock.CLOCK, 3600);
        String published = new ClassPathResource("benchmark-templates/" + TRENDS + ".yaml")
                .getContentAsString(StandardCharsets.UTF_8);
        slowNode.loadShipped(java.util.Map.of(TRENDS + ".yaml", published));
        assertThat(versionsOf(slowNode)).containsExactly("1.0.0");

        thisNode.accept(TRENDS + ".yaml", published.replace("version: 1.0.0", "version: 1.1.0")
                .replace("status: published", "status: draft"), TemplateOrigin.UPLOADED, "admin@ccbench.example");
        TemplateStore.Result again = slowNode.accept(TRENDS + ".yaml", published, TemplateOrigin.SHIPPED, "system");

        assertThat(again.outcome()).isEqualTo(TemplateStore.Outcome.UNCHANGED);
        assertThat(again.version().version()).isEqualTo("1.0.0");
        assertThat(versionsOf(slowNode)).as("the unchanged file's answer reads what the other node stored")
                .containsExactly("1.1.0", "1.0.0");
    }

    private static java.util.List<String> versionsOf(TemplateStore store) {
        return store.versions().stream().filter(version -> version.templateId().equals(TRENDS))
                .map(TemplateVersion::version).toList();
    }
}
