package org.ccbench.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.security.ui.LoginView;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.ui.SurveyView;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The privacy notice is one click away on the login page and the respondent's pages; the administrator sets a
 * campaign's retention period on its page and handles a person's request on the personal-data page.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class PrivacyViewsTest extends SpringBrowserlessTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @Autowired
    CampaignService campaigns;

    @Test
    void theLoginPageLinksToThePrivacyNotice() {
        SecurityContextHolder.clearContext();
        navigate("login", LoginView.class);

        Anchor link = $(Anchor.class).id("privacy-notice-link");
        assertThat(link.getHref()).isEqualTo("privacy");
        assertThat(link.getText()).isEqualTo("Privacy notice");
    }

    @Test
    void theSurveyPageLinksToThePrivacyNoticeInTheRespondentsLanguage() {
        long id = campaign("Privacy link round");
        String token = link(id);
        SecurityContextHolder.clearContext();

        navigate("survey/" + token, SurveyView.class);

        Anchor link = $(Anchor.class).id("privacy-notice-link");
        assertThat(link.getHref()).isEqualTo("privacy");
        assertThat(link.getText()).isEqualTo("Privacyverklaring");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNoticeShowsTheDeploymentsTextInEnglishOrDutch() {
        SecurityContextHolder.clearContext();
        navigate("privacy", Component.class);

        assertThat($(H1.class).id("privacy-notice-title").getText()).isEqualTo("Privacy notice");
        assertThat(text("privacy-notice-text")).startsWith("This portal is run for its members")
                .contains("24 months");
        test($(Select.class).id("language-select")).selectItem("Nederlands");
        assertThat($(H1.class).id("privacy-notice-title").getText()).isEqualTo("Privacyverklaring");
        assertThat(text("privacy-notice-text")).contains("bewaartermijn").contains("persoonsgegevens");
    }

    @Test
    void theAdministratorSetsACampaignsRetentionPeriodOnItsPage() {
        long id = campaign("Retention field round");
        navigate("admin/campaigns/" + id, Component.class);
        LocalDate closes = TestClock.TODAY.plusDays(30);
        assertThat($(Span.class).id("campaign-retention-text").getText())
                .isEqualTo("Personal data kept 24 months after closing (until " + format(closes.plusMonths(24)) + ")");

        test($(Button.class).id("change-retention-button")).click();
        IntegerField months = $(IntegerField.class).id("retention-months");
        test(months).setValue(0);
        test($(Button.class).id("save-button")).click();
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("A whole number of months from 1 to 120");
        test(months).setValue(12);
        test($(Button.class).id("save-button")).click();

        assertThat($(Span.class).id("campaign-retention-text").getText())
                .isEqualTo("Personal data kept 12 months after closing (until " + format(closes.plusMonths(12)) + ")");
    }

    @Test
    void theAdministratorLooksAPersonUpReadsWhatStaysAndWhyAndErasesThem() {
        long id = campaign("Erasure page round");
        String person = "erase.me." + id + "@noordzee-energie.example";
        campaigns.addInvitees(id, List.of(new InviteeRow(3, person, "Noordzee Energie", "Zwolle telefonie", "en")));
        navigate("admin/privacy", Component.class);

        test($(EmailField.class).id("privacy-email")).setValue("not an address");
        test($(Button.class).id("privacy-search-button")).click();
        assertThat($(EmailField.class).id("privacy-email").getErrorMessage()).isEqualTo("Enter a valid e-mail address");

        test($(EmailField.class).id("privacy-email")).setValue(person);
        test($(Button.class).id("privacy-search-button")).click();
        assertThat(text("privacy-held-list")).contains("Invitation to Erasure page round");
        assertThat(text("privacy-erased-list")).contains("The e-mail address in one invitation: replaced by a "
                + "placeholder; the survey links stop working.");
        assertThat(text("privacy-kept-list")).contains("response rates stay right")
                .contains("they hold no personal data");
        assertThat($(Anchor.class).id("privacy-export-link").getHref()).isNotBlank();

        test($(Button.class).id("privacy-erase-button")).click();
        test($(ConfirmDialog.class).id("privacy-erase-confirm")).confirm();

        assertThat(campaigns.invitations(id)).noneMatch(invitation -> invitation.email().equals(person));
        assertThat(text("privacy-nothing")).isEqualTo("The portal holds nothing about " + person + ".");
    }

    private long campaign(String title) {
        String unique = title + " " + System.nanoTime();
        long id = campaigns.create(new CampaignData(unique, "tote-m-style-client-satisfaction", "1.0.0",
                TestClock.TODAY, TestClock.TODAY.plusDays(30), true, false, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(new InviteeRow(2, "sourcing@vlaamse-verzekeringen.example",
                "Vlaamse Verzekeringen", "Gent in-house", "nl")));
        campaigns.launch(id);
        return id;
    }

    private String link(long campaignId) {
        Matcher link = LINK.matcher(campaigns.outbox(campaignId).getFirst().body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private static String format(LocalDate date) {
        return org.ccbench.base.ui.Dates.format(date);
    }
}
