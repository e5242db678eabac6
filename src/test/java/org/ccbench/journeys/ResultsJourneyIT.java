package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SubmittedResponses.csiAnswers;

import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SourcingModel;
import org.ccbench.survey.SubmittedResponses;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Readers open a campaign's results: the administrator from the campaign page, with its response rate, drawn charts
 * and another breakdown; a vendor from the Results menu, seeing its own name and the other vendors as pseudonyms;
 * a sourcing manager typing the address of results that are not published learns nothing.
 */
class ResultsJourneyIT extends BrowserJourney {

    static final String SATISFACTION_TABLE = "result-table-o_overall_satisfaction";
    static final String CHOOSE_AGAIN = "If you had to decide today, would you choose the same set-up or partner again?";

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    /**
     * One of the two invitees submits through the form, so the response rate is 50%; 12 more responses come from
     * other organisations: 6 in-house, 3 rating Callcenter Delta and 3 rating ServiceHub.
     */
    private long campaignWithResponses(String title, boolean publish) {
        SubmittedResponses responses = new SubmittedResponses(dsl);
        return SignIn.as((SignedInUser) users.loadUserByUsername("admin@ccbench.example"), () -> {
            long id = SubmittedResponses.launch(campaigns, title + " " + System.nanoTime(), false);
            String token = SurveyFixtures.tokens(campaigns.outbox(id), "sourcing@noordzee-energie.example").getFirst();
            SurveyFixtures.answerEverything(respondents, token);
            assertThat(respondents.submit(token)).isEmpty();
            responses.add(id, 6, SourcingModel.IN_HOUSE, null, csiAnswers("3"));
            responses.add(id, 3, SourcingModel.OUTSOURCED, responses.organisationId("Callcenter Delta"),
                    csiAnswers("5"));
            responses.add(id, 3, SourcingModel.OUTSOURCED, responses.organisationId("ServiceHub Outsourcing"),
                    csiAnswers("3"));
            if (publish) {
                responses.publish(campaigns, id);
            }
            return id;
        });
    }

    @Test
    void administratorOpensTheResultsFromTheCampaignSeesChartsAndBreaksThemDownByAnAnswer() {
        long id = campaignWithResponses("Journey results", false);
        loginPage().signInAs("admin@ccbench.example");

        open("admin/campaigns/" + id);
        waitFor(By.id("results-button")).click();
        ResultsPage results = new ResultsPage(this);

        assertThat(results.responseRate()).isEqualTo("Response rate: 50.0% (1 of 2 invited organisations responded)");
        assertThat(results.chartDrawn("indices-chart")).isTrue();
        assertThat(results.chartDrawn("chart-o_overall_satisfaction")).isTrue();
        assertThat(results.columns(SATISFACTION_TABLE)).startsWith("Total", "In-house", "Outsourced");
        assertThat(results.download("responses-download")).as("the raw responses, streamed in their own request")
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        results.breakDownBy(CHOOSE_AGAIN);

        wait.until(driver -> results.columns(SATISFACTION_TABLE).contains("I would have doubts"));
        assertThat(results.columns(SATISFACTION_TABLE)).startsWith("Total", "Yes", "I would have doubts");
        assertThat(results.chartDrawn("chart-o_overall_satisfaction")).as("redrawn with the new columns").isTrue();
    }

    @Test
    void vendorOpensPublishedResultsFromTheMenuAndSeesItsOwnNameOnly() {
        long id = campaignWithResponses("Journey published", true);
        loginPage().signInAs("vendor@callcenter-delta.example");

        waitFor(By.id("nav-results")).click();
        waitFor(By.id("results-link-" + id)).click();
        ResultsPage results = new ResultsPage(this);

        assertThat(results.columns("indices-table")).contains("Callcenter Delta")
                .anyMatch(column -> column.matches("Vendor [A-Z]"))
                .doesNotContain("ServiceHub Outsourcing");
        assertThat(results.chartDrawn("indices-chart")).isTrue();
        assertThat(driver.findElements(By.id("responses-download"))).as("raw responses are the administrator's")
                .isEmpty();
        assertThat(driver.findElement(By.id("results-view")).getText()).doesNotContain("ServiceHub");
    }

    @Test
    void sourcingManagerTypingTheAddressOfUnpublishedResultsIsRefused() {
        long id = campaignWithResponses("Journey unpublished", false);
        loginPage().signInAs("sourcing@noordzee-energie.example");

        open("campaigns/" + id + "/results");

        assertThat(waitFor(By.id("refused-view")).getText()).contains("Not found or not allowed")
                .doesNotContain("Journey unpublished");
        assertThat(driver.findElements(By.id("results-view"))).isEmpty();
    }
}
