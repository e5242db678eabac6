package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SurveyFixtures.TRENDS;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.Answer;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A respondent answers the trend monitor on a phone (375 px, mobile emulation): the page is no wider than the phone,
 * a tap anywhere on an option's row chooses it, the channel shares show their running total as they are typed, and
 * a missing required answer or shares that do not make 100 % are flagged when the respondent leaves the page, not
 * only at the end.
 */
class SurveyOnPhoneIT extends BrowserJourney {

    /** The trend monitor's multichannel section, whose channel shares must add up to 100 %. */
    private static final int MULTICHANNEL = 4;
    private static final List<String> SHARES = List.of("mc_share_phone", "mc_share_email", "mc_share_chat_messaging",
            "mc_share_social", "mc_share_other");

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void aPhone() {
        switchToPhone();
    }

    /**
     * A row is what a finger can hit: at least 44 CSS pixels high (WCAG 2.5.5), all of it choosing the option. The
     * Dutch page, whose header is the widest, must not be wider than the phone.
     */
    @Test
    void theWholeRowOfAnOptionIsAFingerSizedTargetAndThePageFitsThePhone() {
        open("survey/" + invitation("nl"));
        WebElement question = waitFor(By.id("question-r_size"));
        WebElement option = question.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(found -> found.getText().equals("250 of meer")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        Map<?, ?> row = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                const question = arguments[0].getBoundingClientRect(), option = arguments[1].getBoundingClientRect();
                return {x: Math.round(question.right - 16), y: Math.round(option.bottom - 4),
                        height: Math.round(option.height)};""", question, option);
        new Actions(driver).moveToLocation(((Number) row.get("x")).intValue(), ((Number) row.get("y")).intValue())
                .click().perform();

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(((Number) row.get("height")).intValue()).as("the height of the row \"250 of meer\"")
                    .isGreaterThanOrEqualTo(44);
            soft.assertThat(waitBriefly(() -> option.getDomAttribute("checked") != null))
                    .as("a tap at the bottom right of the row \"250 of meer\" chose it").isTrue();
            soft.assertThat(PhoneScreen.pageWidth(driver)).as("the Dutch questionnaire is no wider than the phone")
                    .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        });
    }

    @Test
    void theChannelSharesShowTheirRunningTotalAsTheRespondentTypes() {
        String token = invitation();
        answeredUpToTheChannelShares(token, false);
        open("survey/" + token);
        type("mc_share_phone", "60");
        wait.until(driver -> total().contains("60"));
        type("mc_share_email", "25");

        wait.until(driver -> total().equals("Total so far: 85% of 100%"));
        assertThat(PhoneScreen.pageWidth(driver)).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    @Test
    void aMissingRequiredAnswerAndSharesThatDoNotMakeAHundredAreFlaggedOnLeavingThePage() {
        String token = invitation();
        answeredUpToTheChannelShares(token, true);
        open("survey/" + token);
        wait.until(driver -> progress().equals("Section 5 of 7"));

        driver.findElement(By.id("next-button")).click();

        wait.until(driver -> driver.findElement(By.id("q-mc_channels")).getDomAttribute("invalid") != null);
        assertThat(driver.findElement(By.id("q-mc_channels")).getText()).contains("Please answer this question");
        assertThat(waitFor(By.id("survey-section-problems")).getText())
                .contains("The channel shares must add up to 100%.");
        assertThat(progress()).as("the respondent stays on the page to see what is flagged").isEqualTo("Section 5 of 7");
        assertThat(waitFor(By.id("survey-leave-note")).getText()).startsWith("2 answers on this page need your attention")
                .contains("Press Next again");

        driver.findElement(By.id("next-button")).click();
        wait.until(driver -> progress().equals("Section 6 of 7"));
    }

    private String invitation() {
        return invitation("en");
    }

    /** A launched trend monitor with one invitee who answers in the language given; her link's token. */
    private String invitation(String language) {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@ccbench.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            String respondent = "phone." + System.nanoTime() + "@noordzee.example";
            long id = campaigns.create(campaign("Phone round " + System.nanoTime(), TRENDS, true, TestClock.TODAY));
            campaigns.addInvitees(id, List.of(row(1, respondent, "Noordzee Energie", null, language)));
            campaigns.launch(id);
            return SurveyFixtures.tokens(campaigns.outbox(id), respondent).getFirst();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Everything answered, then the channel shares emptied and the respondent's place set at them; with
     * {@code gaps}, also the required channel question emptied and only the phone share given.
     */
    private void answeredUpToTheChannelShares(String token, boolean gaps) {
        SurveyFixtures.answerEverything(respondents, token);
        SHARES.forEach(share -> respondents.saveAnswer(token, share, Answer.of("")));
        if (gaps) {
            respondents.saveAnswer(token, "mc_channels", Answer.of(""));
            respondents.saveAnswer(token, "mc_share_phone", Answer.of("60"));
        }
        respondents.saveProgress(token, MULTICHANNEL, Locale.ENGLISH);
    }

    private void type(String questionId, String value) {
        WebElement input = waitFor(By.cssSelector("#q-" + questionId + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(value);
    }

    private String total() {
        List<WebElement> found = driver.findElements(By.cssSelector(".survey-total"));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private String progress() {
        List<WebElement> found = driver.findElements(By.id("survey-progress-text"));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    /** Whether the condition comes true within two seconds. */
    private boolean waitBriefly(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
