package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import java.util.List;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.Answer;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A respondent answers in Dutch through the link from the invitation, leaves, comes back to the same place,
 * submits; a second tab cannot submit again; the administrator sees the response rate go up.
 */
class RespondentJourneyIT extends BrowserJourney {

    static final String SANNE = "sanne.journey@noordzee.example";

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    UserDetailsService users;

    private WebDriver secondBrowser;

    @AfterEach
    void closeSecondBrowser() {
        if (secondBrowser != null) {
            assertThat(Browser.quitReportingBlockedContent(secondBrowser)).as("blocked in the second browser")
                    .isEmpty();
        }
    }

    /** A launched campaign where Sanne has answered everything except the overall judgement. */
    private String[] campaignWithAnAlmostCompleteResponse() {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@ccbench.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            String title = "Journey round " + System.nanoTime();
            long id = campaigns.create(campaign(title, CLIENT_SATISFACTION, true, TestClock.TODAY));
            campaigns.addInvitees(id, List.of(row(1, SANNE, "Noordzee Energie", "Zwolle telefonie", "en"),
                    row(2, "pieter.journey@vlaamse.example", "Vlaamse Verzekeringen", "Gent in-house", "nl")));
            campaigns.launch(id);
            String token = SurveyFixtures.tokens(campaigns.outbox(id), SANNE).getFirst();
            SurveyFixtures.answerEverything(respondents, token);
            respondents.saveAnswer(token, "o_overall_satisfaction", Answer.of(""));
            return new String[] {title, token};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void respondentAnswersInDutchResumesSubmitsOnceAndTheResponseRateGoesUp() {
        String[] campaign = campaignWithAnAlmostCompleteResponse();
        String title = campaign[0];
        String link = "survey/" + campaign[1];

        open(link);
        SurveyPage survey = new SurveyPage(driver, wait);
        survey.chooseLanguage("Nederlands");
        wait.until(d -> survey.progress().equals("Onderdeel 1 van 6"));
        survey.next();
        wait.until(d -> survey.progress().equals("Onderdeel 2 van 6"));
        survey.choose("o_overall_satisfaction", "Tevreden");
        assertThat(Browser.quitReportingBlockedContent(driver)).as("blocked before resuming").isEmpty();

        driver = Browser.start();
        wait = BrowserJourney.patient(driver);
        open(link);
        SurveyPage resumed = new SurveyPage(driver, wait);
        wait.until(d -> resumed.progress().equals("Onderdeel 2 van 6"));
        assertThat(resumed.chosen("o_overall_satisfaction")).isEqualTo("Tevreden");

        secondBrowser = Browser.start();
        secondBrowser.get("http://localhost:" + port + "/" + link);
        SurveyPage otherTab = new SurveyPage(secondBrowser, BrowserJourney.patient(secondBrowser));
        otherTab.waitUntilShown();

        resumed.submitFromTheLastSection();
        waitFor(By.id("survey-thanks"));

        otherTab.submitFromTheLastSection();
        BrowserJourney.patient(secondBrowser).until(d ->
                !d.findElements(By.id("survey-already-submitted")).isEmpty());
        assertThat(secondBrowser.findElement(By.id("survey-already-submitted")).getText()).contains("Al verstuurd");

        open(link);
        assertThat(waitFor(By.id("survey-unavailable")).getText()).doesNotContain(title);

        loginPage().signInAs("admin@ccbench.example");
        open("admin/campaigns");
        waitFor(By.id("campaigns-grid"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals(title)));
        List<String> cells = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
        int row = cells.indexOf(title);
        assertThat(cells.subList(row, row + 6)).contains("1 / 2", "50.0%");
    }

    /** The respondent's form, in whichever browser tab. */
    private record SurveyPage(WebDriver driver, WebDriverWait patience) {

        void waitUntilShown() {
            patience.until(d -> !d.findElements(By.id("survey-progress-text")).isEmpty());
        }

        /** The progress text; empty while the page is being redrawn. */
        String progress() {
            try {
                List<WebElement> found = driver.findElements(By.id("survey-progress-text"));
                return found.isEmpty() ? "" : found.getFirst().getText();
            } catch (StaleElementReferenceException redrawn) {
                return "";
            }
        }

        /** Whether the submit button is on the page, asked again while the page is being redrawn. */
        boolean submitShown() {
            return "yes".equals(patience.until(d -> {
                try {
                    return d.findElements(By.id("submit-button")).stream().anyMatch(WebElement::isDisplayed)
                            ? "yes" : "no";
                } catch (StaleElementReferenceException redrawn) {
                    return null;
                }
            }));
        }

        void chooseLanguage(String language) {
            waitUntilShown();
            driver.findElement(By.id("survey-language")).click();
            patience.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .anyMatch(item -> item.getText().equals(language)));
            driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(item -> item.getText().equals(language)).findFirst().orElseThrow().click();
        }

        void next() {
            patience.until(d -> {
                d.findElement(By.id("next-button")).click();
                return true;
            });
        }

        void choose(String questionId, String label) {
            By options = By.cssSelector("#q-" + questionId + " vaadin-radio-button");
            patience.until(d -> d.findElements(options).stream().anyMatch(o -> o.getText().equals(label)));
            WebElement option = driver.findElements(options).stream().filter(o -> o.getText().equals(label))
                    .findFirst().orElseThrow();
            option.findElement(By.cssSelector("input")).click();
            patience.until(d -> option.getDomAttribute("checked") != null);
        }

        String chosen(String questionId) {
            By options = By.cssSelector("#q-" + questionId + " vaadin-radio-button");
            return patience.until(d -> d.findElements(options).stream()
                    .filter(o -> o.getDomAttribute("checked") != null).map(WebElement::getText).findFirst()
                    .orElse(null));
        }

        void submitFromTheLastSection() {
            waitUntilShown();
            while (!submitShown()) {
                String before = progress();
                next();
                patience.until(d -> !progress().equals(before)
                        || !d.findElements(By.id("survey-already-submitted")).isEmpty());
                if (!driver.findElements(By.id("survey-already-submitted")).isEmpty()) {
                    return;
                }
            }
            patience.until(d -> {
                d.findElement(By.id("submit-button")).click();
                return true;
            });
        }
    }
}
