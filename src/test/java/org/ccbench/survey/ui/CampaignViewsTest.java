package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.util.List;
import org.ccbench.mail.MailMessage;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.Invitation;
import org.ccbench.survey.RowError;
import org.ccbench.template.Questionnaire;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator sets up a campaign and its invitees; bad rows are listed and nothing is half-added. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class CampaignViewsTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    DSLContext dsl;

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

    @Test
    @SuppressWarnings("unchecked")
    void theOutboxShowsWhenEachMailWasQueuedInThePortalsTimeZone() {
        long id = launchedWithOneMail("Outbox times");
        long mail = campaigns.outbox(id).getFirst().id();
        // PostgreSQL returns every stored time at UTC: the test clock's 09:30 in Amsterdam as 08:30
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.CREATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .where(MAIL_MESSAGE.ID.eq(mail)).execute();

        navigate("admin/campaigns/" + id, Component.class);
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("campaign-tabs").setSelectedIndex(2);

        Grid<MailMessage> outbox = $(Grid.class).id("outbox-grid");
        assertThat(test(outbox).getCellText(0, 3)).isEqualTo("10-03-2026 09:30");
    }

    @Test
    void theOutboxNamesAFailedAttemptItsErrorAndTheNextTry() {
        long id = launchedWithOneMail("Outbox retries");
        long mail = campaigns.outbox(id).getFirst().id();
        dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, MailMessage.MailStatus.QUEUED.name())
                .set(MAIL_MESSAGE.ATTEMPTS, 2).set(MAIL_MESSAGE.ERROR, "Connection refused")
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, TestClock.now().plusMinutes(5).withOffsetSameInstant(ZoneOffset.UTC))
                .where(MAIL_MESSAGE.ID.eq(mail)).execute();

        navigate("admin/campaigns/" + id, Component.class);
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("campaign-tabs").setSelectedIndex(2);

        Grid<MailMessage> outbox = $(Grid.class).id("outbox-grid");
        assertThat(test(outbox).getCellText(0, 2))
                .isEqualTo("Queued for sending · attempt 2 of 5 failed, next try 10-03-2026 09:35: Connection refused");
    }

    private long launchedWithOneMail(String title) {
        long id = campaigns.create(campaign(title, CLIENT_SATISFACTION, false, TestClock.TODAY));
        campaigns.addInvitees(id, List.of(row(2, "sourcing@noordzee-energie.example", "Noordzee Energie",
                "Zwolle telefonie", "en")));
        campaigns.launch(id);
        return id;
    }
}
