package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.security.ui.LoginView;
import org.ccbench.survey.Answer;
import org.ccbench.survey.AnswerSheet;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveySession;
import org.ccbench.template.Question;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The respondent's form, driven as an anonymous visitor with the link from the invitation: the administrator's
 * account is used only to set up and launch the campaign.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class SurveyViewTest extends SpringBrowserlessTest {

    static final String CLIENT_SATISFACTION = "tote-m-style-client-satisfaction";
    static final String TRENDS = "kirc-style-trends";
    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String PIETER = "sourcing@vlaamse-verzekeringen.example";
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");
    private static int campaignCount;
    private long lastCampaignId;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Test
    void dutchRespondentAnswersMovesOnAndResumesWhereSheLeft() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, PIETER, "Vlaamse Verzekeringen",
                "Gent in-house", "nl");
        actAsAnonymousVisitor();

        openForm(token);
        assertThat($(H1.class).id("survey-title").getText()).startsWith("Form ");
        assertThat(text("survey-subject")).isEqualTo("U beoordeelt: Gent in-house");
        assertThat(text("survey-organisation")).isEqualTo("Namens: Vlaamse Verzekeringen");
        assertThat(text("survey-anonymous-note")).contains("anoniem");
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Onderdeel 1 van 6");
        assertThat(shown("previous-button")).isFalse();
        assertThat(shown("submit-button")).isFalse();

        assertThat(shown("question-p_vendor")).as("no partner asked for in-house work").isFalse();
        radio("p_sourcing_model").selectItem("Uitbesteed aan één partner");
        assertThat(shown("question-p_vendor")).as("show_if reveals the partner question").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> vendor = $(ComboBox.class).id("q-p_vendor");
        test(vendor).selectItem("Callcenter Delta");
        assertThat(vendor.isInvalid()).isFalse();

        radio("p_sector").selectItem("Anders");
        TextField otherSector = $(TextField.class).id("q-p_sector-other");
        assertThat(otherSector.isVisible()).isTrue();
        assertThat(otherSector.isInvalid()).as("not scolded the moment 'other' is picked").isFalse();
        test(otherSector).setValue("Onderwijs");

        BigDecimalField fte = $(BigDecimalField.class).id("q-p_agent_fte");
        assertThat(fte.getHelperText()).isEqualTo("Van 0,5 tot en met 10.000, hoogstens één decimaal.");
        test(fte).setValue(new BigDecimal("0.25"));
        assertThat(fte.isInvalid()).isTrue();
        assertThat(fte.getErrorMessage()).isEqualTo("Vul een getal in van 0,5 tot 10.000");
        test(fte).setValue(new BigDecimal("12.5"));
        assertThat(fte.isInvalid()).isFalse();

        next();
        assertThat($(Span.class).id("survey-progress-text").getText())
                .as("leaving, the page first marks the required answers still missing").isEqualTo("Onderdeel 1 van 6");
        assertThat($(CheckboxGroup.class).id("q-p_channels").isInvalid()).isTrue();
        next();
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Onderdeel 2 van 6");
        assertThat($(ProgressBar.class).id("survey-progress").getValue()).isEqualTo(2.0 / 6);
        radio("o_overall_satisfaction").selectItem("Tevreden");

        SurveySession saved = respondents.open(token);
        assertThat(saved.currentSection()).isEqualTo(1);
        assertThat(saved.answers()).containsEntry("p_sector", new Answer("other", "Onderwijs"))
                .containsEntry("p_agent_fte", Answer.of("12.5"))
                .containsEntry("o_overall_satisfaction", Answer.of("4"));

        navigate("login", LoginView.class);
        openForm(token);
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Onderdeel 2 van 6");
        assertThat(radioGroup("o_overall_satisfaction").getValue()).isEqualTo("4");
        test($(Button.class).id("previous-button")).click();
        assertThat(radioGroup("p_sourcing_model").getValue()).isEqualTo("outsourced_single");
        assertThat(otherSector().getValue()).isEqualTo("Onderwijs");
        assertThat($(BigDecimalField.class).id("q-p_agent_fte").getValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void signedInUserOpeningTheLinkSeesTheSameFormWithoutThePortalFrame() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");

        openForm(token);

        assertThat(text("survey-subject")).isEqualTo("You are rating: Zwolle telefonie (Callcenter Delta)");
        assertThat($(SideNav.class).exists()).isFalse();
        assertThat(shown("next-button")).isTrue();
    }

    @Test
    void languageSwitchRendersEverythingAgainAndIsRemembered() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");
        actAsAnonymousVisitor();
        openForm(token);
        assertThat(text("survey-subject")).isEqualTo("You are rating: Zwolle telefonie (Callcenter Delta)");
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Section 1 of 6");

        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("survey-language");
        test(language).selectItem("Nederlands");

        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Onderdeel 1 van 6");
        assertThat(radioGroup("p_sourcing_model").getLabel())
                .isEqualTo("Hoe is het klantcontact dat u in deze vragenlijst beoordeelt georganiseerd?");
        assertThat($(Button.class).id("next-button").getText()).isEqualTo("Volgende");
        assertThat(respondents.open(token).locale().getLanguage()).isEqualTo("nl");
    }

    @Test
    void exclusiveOptionClearsTheOthersAndTheOthersClearIt() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");
        respondents.saveProgress(token, 3, Locale.ENGLISH);
        actAsAnonymousVisitor();
        openForm(token);
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Section 4 of 6");

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> kpis = $(CheckboxGroup.class).id("q-s_kpis_used");
        test(kpis).selectItems("Average handle time", "Customer satisfaction");
        assertThat(shown("question-s_main_kpi")).isTrue();
        test(kpis).selectItem("No formal KPIs");
        assertThat(kpis.getValue()).containsExactly("none");
        assertThat(shown("question-s_main_kpi")).as("not_in none hides the follow-up").isFalse();
        assertThat(respondents.open(token).answers()).containsEntry("s_kpis_used", Answer.of("none"));

        test(kpis).selectItem("Net Promoter Score");
        assertThat(kpis.getValue()).containsExactly("nps");
        assertThat(kpis.isInvalid()).isFalse();

        TextArea strength = textAreaOnLastPage(token);
        test(strength).setValue("Friendly agents");
        assertThat($(Span.class).id("q-t_strength-counter").getText()).isEqualTo("15 of 1,000 characters");
    }

    @Test
    void submittingWithAMissingAnswerShowsItAtTheQuestionThenThanks() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");
        answerEverything(token);
        respondents.saveAnswer(token, "r_maturity", Answer.of(""));
        respondents.saveProgress(token, 5, Locale.ENGLISH);
        actAsAnonymousVisitor();
        openForm(token);
        assertThat(shown("next-button")).isFalse();

        test($(Button.class).id("submit-button")).click();

        assertThat($(Span.class).id("survey-progress-text").getText()).as("jumps to the section with the problem")
                .isEqualTo("Section 5 of 6");
        RadioButtonGroup<String> maturity = radioGroup("r_maturity");
        assertThat(maturity.isInvalid()).isTrue();
        assertThat(maturity.getErrorMessage()).isEqualTo("Please answer this question");
        assertThat(radioGroup("r_role").isInvalid()).isFalse();

        test(maturity).selectItem("It prevents problems: it actively helps to improve the whole customer journey");
        assertThat(maturity.isInvalid()).isFalse();
        next();
        test($(Button.class).id("submit-button")).click();

        assertThat($(Div.class).id("survey-thanks").getElement().getTextRecursively())
                .contains("Thank you!").contains("reported anonymously");
        assertThat($(Button.class).all()).isEmpty();

        openForm(token);
        assertThat(shown("survey-unavailable")).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Form ");
    }

    @Test
    void secondSubmitFromAnotherTabSaysItWasAlreadySubmitted() {
        String token = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");
        answerEverything(token);
        respondents.saveProgress(token, 5, Locale.ENGLISH);
        actAsAnonymousVisitor();
        openForm(token);

        assertThat(respondents.submit(token)).as("the other tab").isEmpty();
        test($(Button.class).id("submit-button")).click();

        assertThat($(Div.class).id("survey-already-submitted").getElement().getTextRecursively())
                .contains("already been submitted");
    }

    @Test
    void failedSectionCheckIsShownAtTheSectionAndClearsWhenFixed() {
        String token = launch(TRENDS, TestClock.TODAY, SANNE, "Noordzee Energie", null, "en");
        answerEverything(token);
        respondents.saveAnswer(token, "mc_share_phone", Answer.of("50"));
        actAsAnonymousVisitor();
        openForm(token);
        while (shown("next-button")) {
            next();
        }

        test($(Button.class).id("submit-button")).click();

        Div checks = $(Div.class).id("survey-section-problems");
        assertThat(checks.isVisible()).isTrue();
        assertThat(checks.getElement().getTextRecursively()).isEqualTo("The channel shares must add up to 100%.");
        test($(BigDecimalField.class).id("q-mc_share_phone")).setValue(new BigDecimal("60"));
        assertThat(shown("survey-section-problems")).isFalse();
    }

    @Test
    void channelSharesShowTheirRunningTotalAndSayWhenTheyDoNotMakeAHundred() {
        String token = launch(TRENDS, TestClock.TODAY, SANNE, "Noordzee Energie", null, "en");
        answerEverything(token);
        List.of("mc_share_phone", "mc_share_email", "mc_share_chat_messaging", "mc_share_social", "mc_share_other")
                .forEach(share -> respondents.saveAnswer(token, share, Answer.of("")));
        respondents.saveProgress(token, 4, Locale.ENGLISH);
        actAsAnonymousVisitor();
        openForm(token);
        Div total = $(Div.class).id("survey-total-mc_mix_sum");
        assertThat(total.getText()).isEqualTo("Total so far: 0% of 100%");

        test($(BigDecimalField.class).id("q-mc_share_phone")).setValue(new BigDecimal("60"));
        test($(BigDecimalField.class).id("q-mc_share_email")).setValue(new BigDecimal("25"));
        assertThat(total.getText()).isEqualTo("Total so far: 85% of 100%");
        assertThat(total.getElement().getAttribute("data-state")).isEqualTo("open");

        test($(BigDecimalField.class).id("q-mc_share_chat_messaging")).setValue(new BigDecimal("10"));
        test($(BigDecimalField.class).id("q-mc_share_social")).setValue(new BigDecimal("5"));
        test($(BigDecimalField.class).id("q-mc_share_other")).setValue(new BigDecimal("10"));
        assertThat(total.getText()).isEqualTo("Total so far: 110% of 100% The channel shares must add up to 100%.");
        assertThat(total.getElement().getAttribute("data-state")).isEqualTo("over");

        test($(BigDecimalField.class).id("q-mc_share_other")).setValue(BigDecimal.ZERO);
        assertThat(total.getText()).isEqualTo("Total so far: 100% of 100%");
        assertThat(total.getElement().getAttribute("data-state")).isEqualTo("complete");
    }

    @Test
    void leavingAPageFlagsAMissingRequiredAnswerAndTheHundredRuleOnceThenLetsTheRespondentGoOn() {
        String token = launch(TRENDS, TestClock.TODAY, SANNE, "Noordzee Energie", null, "nl");
        answerEverything(token);
        respondents.saveAnswer(token, "mc_channels", Answer.of(""));
        respondents.saveAnswer(token, "mc_share_phone", Answer.of("50"));
        respondents.saveProgress(token, 4, Locale.forLanguageTag("nl"));
        actAsAnonymousVisitor();
        openForm(token);
        assertThat($(Span.class).id("survey-progress-text").getText()).isEqualTo("Onderdeel 5 van 7");

        next();

        assertThat($(Span.class).id("survey-progress-text").getText()).as("stays to show what is flagged")
                .isEqualTo("Onderdeel 5 van 7");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> channels = $(CheckboxGroup.class).id("q-mc_channels");
        assertThat(channels.isInvalid()).isTrue();
        assertThat(channels.getErrorMessage()).isEqualTo("Beantwoord deze vraag");
        assertThat($(Div.class).id("survey-section-problems").getElement().getTextRecursively())
                .isEqualTo("De kanaalaandelen moeten samen 100% zijn.");
        assertThat(text("survey-leave-note")).startsWith("2 antwoorden op deze pagina vragen uw aandacht");

        next();
        assertThat($(Span.class).id("survey-progress-text").getText()).as("a second try leaves the page")
                .isEqualTo("Onderdeel 6 van 7");
    }

    @Test
    void unknownOrMalformedLinksGetOneNeutralPageWithoutNavigationOrLogin() {
        actAsAnonymousVisitor();
        navigate("", Component.class);
        assertThat(getCurrentView()).as("really anonymous: the portal asks for a login").isInstanceOf(LoginView.class);
        for (String token : List.of("A".repeat(43), "short", "not-a-token")) {
            openForm(token);
            Div page = $(Div.class).id("survey-unavailable");
            assertThat(page.getElement().getTextRecursively()).contains("This link cannot be used");
            assertThat($(Button.class).all()).isEmpty();
            assertThat($(H1.class).all()).isEmpty();
        }
    }

    @Test
    void closedAndNotYetOpenCampaignsSaySo() {
        String closed = launch(CLIENT_SATISFACTION, TestClock.TODAY, SANNE, "Noordzee Energie", "Zwolle telefonie",
                "en");
        campaigns.close(lastCampaignId);
        LocalDate opensOn = TestClock.TODAY.plusDays(3);
        String scheduled = launch(TRENDS, opensOn, PIETER, "Vlaamse Verzekeringen", null, "nl");
        actAsAnonymousVisitor();

        openForm(closed);
        assertThat($(Div.class).id("survey-closed").getElement().getTextRecursively())
                .contains("This questionnaire has closed");
        openForm(scheduled);
        assertThat($(Div.class).id("survey-not-yet-open").getElement().getTextRecursively())
                .contains(String.format("%02d-%02d-%d", opensOn.getDayOfMonth(), opensOn.getMonthValue(),
                        opensOn.getYear()));
    }

    // ------------------------------------------------------------------ helpers

    private String launch(String templateId, LocalDate opensOn, String email, String organisation, String subject,
                          String language) {
        String title = "Form " + ++campaignCount + " " + System.nanoTime();
        long id = lastCampaignId = campaigns.create(new CampaignData(title, templateId, "1.0.0", opensOn,
                opensOn.plusDays(30), true, false, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(new InviteeRow(2, email, organisation, subject, language)));
        campaigns.launch(id);
        Matcher link = LINK.matcher(campaigns.outbox(id).getFirst().body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** From here on nobody is signed in: the link alone must do. */
    private static void actAsAnonymousVisitor() {
        SecurityContextHolder.clearContext();
    }

    private void openForm(String token) {
        navigate("survey/" + token, SurveyView.class);
    }

    private void next() {
        test($(Button.class).id("next-button")).click();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    /** Browserless finds only what is visible, so this tells whether the component with that id is shown. */
    private boolean shown(String id) {
        return $(Component.class).withId(id).exists();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radioGroup(String id) {
        return $(RadioButtonGroup.class).id("q-" + id);
    }

    private com.vaadin.flow.component.radiobutton.RadioButtonGroupTester<RadioButtonGroup<String>, String> radio(
            String id) {
        return test(radioGroup(id));
    }

    private TextField otherSector() {
        return $(TextField.class).id("q-p_sector-other");
    }

    private TextArea textAreaOnLastPage(String token) {
        while (shown("next-button")) {
            next();
        }
        return $(TextArea.class).id("q-t_strength");
    }

    /** Every visible question answered validly, as a careful respondent would (cf. SurveyFixtures). */
    private void answerEverything(String token) {
        for (int pass = 0; pass < 6; pass++) {
            SurveySession session = respondents.open(token);
            AnswerSheet sheet = session.sheet();
            for (Question question : session.questionnaire().questions()) {
                if (sheet.isVisible(question) && !sheet.isAnswered(question.id())) {
                    respondents.saveAnswer(token, question.id(), validAnswer(question));
                }
            }
        }
        SurveySession session = respondents.open(token);
        if (session.questionnaire().question("mc_share_phone").isPresent()) {
            Map.of("mc_share_phone", "60", "mc_share_email", "20", "mc_share_chat_messaging", "10",
                    "mc_share_social", "5", "mc_share_other", "5")
                    .forEach((id, value) -> respondents.saveAnswer(token, id, Answer.of(value)));
        }
    }

    private Answer validAnswer(Question question) {
        return switch (question.type()) {
            case LIKERT5 -> Answer.of("4");
            case NPS0_10 -> Answer.of("8");
            case SINGLE_CHOICE -> question.optionsSource() != null
                    ? Answer.of(String.valueOf(respondents.vendors().getFirst().id()))
                    : new Answer(question.options().getFirst().code(),
                    question.options().getFirst().otherText() ? "Something else" : null);
            case MULTI_CHOICE -> new Answer(question.options().getFirst().code(),
                    question.options().getFirst().otherText() ? "Something else" : null);
            case NUMBER -> Answer.of(question.rules().min().toPlainString());
            case TEXT -> Answer.of("Fine");
        };
    }
}
