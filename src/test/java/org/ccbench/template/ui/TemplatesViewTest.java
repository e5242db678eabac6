package org.ccbench.template.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.TEMPLATE_VERSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.ccbench.template.QuestionChange;
import org.ccbench.template.QuestionChangeKind;
import org.ccbench.template.TemplateService;
import org.ccbench.template.TemplateVersion;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's templates page lists the shipped versions and what changed between two of them. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class TemplatesViewTest extends SpringBrowserlessTest {

    static final String TRENDS = "kirc-style-trends";

    @Autowired
    TemplateService templates;

    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings("unchecked")
    void listsTheShippedVersionsWithoutProblems() {
        navigate("admin/templates", Component.class);

        Grid<TemplateVersion> versions = $(Grid.class).id("template-versions-grid");
        assertThat(test(versions).size()).isGreaterThanOrEqualTo(3);
        assertThat(versions.getGenericDataView().getItems().map(TemplateVersion::templateId))
                .contains("ccbench-core", TRENDS, "tote-m-style-client-satisfaction");
        assertThat($(Component.class).withId("template-problems").exists()).as("problem list shown").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparesTwoVersionsOfAQuestionnaireQuestionByQuestion() throws Exception {
        String next = Files.readString(Path.of("benchmark-templates", TRENDS + ".yaml"))
                .replace("version: 1.0.0", "version: 1.1.0")
                .replace("theme: employees", "theme: employees\n    intro: {en: \"Staff\", nl: \"Personeel\"}");
        templates.upload(TRENDS + ".yaml", next.replace("validation: {min: 0, max: 100, decimals: 1, unit: percent}",
                "validation: {min: 0, max: 100, decimals: 0, unit: percent}").getBytes(StandardCharsets.UTF_8));

        navigate("admin/templates", Component.class);
        test((ComboBox<String>) $(ComboBox.class).id("compare-template")).selectItem(TRENDS);

        assertThat($(ComboBox.class).id("compare-to").getValue()).isEqualTo("1.1.0");
        assertThat($(ComboBox.class).id("compare-from").getValue()).isEqualTo("1.0.0");
        Grid<QuestionChange> changes = $(Grid.class).id("template-changes-grid");
        assertThat(changes.isVisible()).isTrue();
        assertThat(changes.getGenericDataView().getItems().map(QuestionChange::kind))
                .isNotEmpty().containsOnly(QuestionChangeKind.LOGIC_CHANGED);
        assertThat($(Paragraph.class).withId("compare-message").exists()).as("message shown").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsWhenAVersionWasAcceptedInThePortalsTimeZone() throws Exception {
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.UPDATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(TRENDS)).execute();
        // the same file again changes nothing, but the library reads the stored versions anew
        templates.upload(TRENDS + ".yaml", Files.readAllBytes(Path.of("benchmark-templates", TRENDS + ".yaml")));

        navigate("admin/templates", Component.class);

        Grid<TemplateVersion> versions = $(Grid.class).id("template-versions-grid");
        int row = versions.getGenericDataView().getItems().map(TemplateVersion::templateId).toList()
                .indexOf(TRENDS);
        assertThat(test(versions).getCellText(row, 6)).endsWith(" · 10-03-2026 09:30");
    }
}
