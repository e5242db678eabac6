package org.ccbench.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccbench.template.QuestionChange;
import org.ccbench.template.QuestionChangeKind;
import org.ccbench.template.TemplateService;
import org.ccbench.template.TemplateVersion;
import org.ccbench.testsupport.DemoPortalTest;
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
}
