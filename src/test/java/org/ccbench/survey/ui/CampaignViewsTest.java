package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.ccbench.survey.Invitation;
import org.ccbench.survey.RowError;
import org.ccbench.template.Questionnaire;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator sets up a campaign and its invitees; bad rows are listed and nothing is half-added. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class CampaignViewsTest extends SpringBrowserlessTest {

    @Test
    @SuppressWarnings("unchecked")
    void administratorCreatesACampaignAndAddsInviteesFromAPastedList() {
        navigate("admin/campaigns", Component.class);
        test($(Button.class).id("add-campaign-button")).click();
        test($(TextField.class).id("campaign-title")).setValue("Browserless round");
        ComboBox<Questionnaire> questionnaire = $(ComboBox.class).id("campaign-questionnaire");
        test(questionnaire).selectItem(questionnaire.getItemLabelGenerator().apply(
                questionnaire.getListDataView().getItems()
                        .filter(q -> q.templateId().equals("tote-m-style-client-satisfaction")).findFirst()
                        .orElseThrow()));
        test($(Button.class).id("save-button")).click();

        assertThat($(Span.class).id("campaign-phase").getText()).isEqualTo("Draft");
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("invitee-input").setSelectedIndex(1);
        TextArea list = $(TextArea.class).id("invitee-list");
        test(list).setValue("""
                e-mail;organisation;subject;language
                sanne@noordzee.example;Noordzee Energie;Zwolle telefonie;nl
                nobody;Nobody Ltd;Zwolle telefonie;en
                """);
        test($(Button.class).id("add-invitee-list-button")).click();

        Grid<RowError> errors = $(Grid.class).id("invitee-errors-grid");
        assertThat(errors.getGenericDataView().getItems().map(RowError::line)).containsExactly(3, 3);
        assertThat($(Grid.class).withId("invitations-grid").exists()).as("nothing added").isFalse();

        $(com.vaadin.flow.component.tabs.TabSheet.class).id("invitee-input").setSelectedIndex(1);
        test($(TextArea.class).id("invitee-list")).setValue(
                "sanne@noordzee.example;Noordzee Energie;Zwolle telefonie;nl");
        test($(Button.class).id("add-invitee-list-button")).click();

        Grid<Invitation> invitations = $(Grid.class).id("invitations-grid");
        assertThat(invitations.getGenericDataView().getItems().map(Invitation::email))
                .containsExactly("sanne@noordzee.example");
        assertThat($(Button.class).id("launch-campaign-button").isEnabled()).isTrue();
    }
}
