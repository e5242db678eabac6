package org.ccbench.survey;

import static org.ccbench.db.Tables.CAMPAIGN;
import static org.ccbench.db.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;

/**
 * Campaign results to look at: submitted responses written straight into the tables, each from an organisation of
 * its own, as the results service reads them. Campaigns are created, launched and published through the service;
 * they are anonymous, so responses rightly carry no invitation or organisation.
 */
public final class SubmittedResponses {

    /** The likert items of the client satisfaction index in the shipped client-satisfaction template. */
    public static final List<String> CSI_LIKERT_ITEMS = List.of("o_overall_satisfaction", "f_accessibility",
            "f_written_speed", "f_resolution", "f_answer_quality", "f_customer_experience", "f_complaints",
            "f_digital", "f_staff", "r_reporting", "r_proactive", "r_insight_feedback", "r_flexibility",
            "r_value_for_money");

    private final DSLContext dsl;

    public SubmittedResponses(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A launched anonymous client-satisfaction campaign with two invitees, one per sourcing model; call as admin. */
    public static long launch(CampaignService campaigns, String title, boolean nameVendors) {
        LocalDate today = TestClock.TODAY;
        long id = campaigns.create(new CampaignData(title, SurveyFixtures.CLIENT_SATISFACTION, "1.0.0", today,
                today.plusDays(30), true, nameVendors, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(
                SurveyFixtures.row(2, "sourcing@noordzee-energie.example", "Noordzee Energie", "Zwolle telefonie", "en"),
                SurveyFixtures.row(3, "sourcing@vlaamse-verzekeringen.example", "Vlaamse Verzekeringen",
                        "Gent in-house", "nl")));
        campaigns.launch(id);
        return id;
    }

    /** Moves the fieldwork into the past and publishes the results; call as the administrator. */
    public void publish(CampaignService campaigns, long campaignId) {
        LocalDate today = TestClock.TODAY;
        dsl.update(CAMPAIGN).set(CAMPAIGN.OPENS_ON, today.minusDays(30)).set(CAMPAIGN.CLOSES_ON, today.minusDays(1))
                .where(CAMPAIGN.ID.eq(campaignId)).execute();
        campaigns.publish(campaignId);
    }

    /** {@code count} responses from as many new organisations, with the same answers. */
    public void add(long campaignId, int count, SourcingModel model, Long vendorId, Map<String, String> answers) {
        Map<String, Answer> coded = new HashMap<>();
        answers.forEach((question, value) -> coded.put(question, Answer.of(value)));
        List<ResultsFixtures.GeneratedResponse> responses = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(new ResultsFixtures.GeneratedResponse(model, vendorId, UUID.randomUUID().toString(), coded));
        }
        new ResultsFixtures(dsl).insertResponses(campaignId, responses);
    }

    /** Every CSI item answered at one likert level, with the NPS and "choose again" answers to match. */
    public static Map<String, String> csiAnswers(String likert) {
        Map<String, String> answers = new HashMap<>();
        CSI_LIKERT_ITEMS.forEach(item -> answers.put(item, likert));
        answers.put("o_recommend", "5".equals(likert) ? "10" : "5");
        answers.put("o_choose_again", "5".equals(likert) ? "yes" : "doubt");
        return answers;
    }

    public long organisationId(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name)).fetchSingle().value1();
    }
}
