package org.ccbench.privacy;

import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccbench.survey.Answer;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyFixtures;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;

/**
 * Campaigns with real respondents for the privacy tests: in each, the client A sourcing manager submits (free text
 * "Fine" in the open questions) and the client B sourcing manager saves answers without submitting.
 */
final class PrivacyFixtures {

    static final String SUBMITTER = "sourcing@client-a.example";
    static final String DRAFTER = "sourcing@client-b.example";
    /** The submitter's own words for the "other" sector, free text too. */
    static final String OTHER_TEXT = "Water boards";

    private final CampaignService campaigns;
    private final RespondentService respondents;
    private final DSLContext dsl;

    PrivacyFixtures(CampaignService campaigns, RespondentService respondents, DSLContext dsl) {
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.dsl = dsl;
    }

    /** Launched today, open for 30 days, with one submitted response and one started one; as the administrator. */
    long campaignWithResponses(World world, String title, boolean anonymous) {
        long id = campaigns.create(SurveyFixtures.campaign(title, SurveyFixtures.CLIENT_SATISFACTION, anonymous,
                TestClock.TODAY));
        campaigns.addInvitees(id, List.of(
                SurveyFixtures.row(2, SUBMITTER, world.clientA().name(), world.clientA().contractName(world.vendorA()),
                        "en"),
                SurveyFixtures.row(3, DRAFTER, world.clientB().name(), world.clientB().inHouseOperationName(),
                        "nl")));
        campaigns.launch(id);
        String submitter = token(id, SUBMITTER);
        SurveyFixtures.answerEverything(respondents, submitter);
        respondents.saveAnswer(submitter, "p_sector", new Answer("other", OTHER_TEXT));
        if (!respondents.submit(submitter).isEmpty()) {
            throw new IllegalStateException("the fixture's response was not accepted");
        }
        respondents.saveAnswer(token(id, DRAFTER), "p_sourcing_model", Answer.of("in_house"));
        return id;
    }

    String token(long campaignId, String email) {
        return SurveyFixtures.tokens(campaigns.outbox(campaignId), email).getFirst();
    }

    /** Every stored answer of the campaign's responses: "question=answer|other text", sorted. */
    Map<String, String> answers(long campaignId) {
        Map<String, String> answers = new TreeMap<>();
        dsl.select(RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_ID, RESPONSE_ANSWER.ANSWER,
                        RESPONSE_ANSWER.OTHER_TEXT)
                .from(RESPONSE_ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(RESPONSE_ANSWER.RESPONSE_ID))
                .where(RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .forEach(r -> answers.put(r.value1() + "/" + r.value2(), r.value3() + "|" + r.value4()));
        return answers;
    }
}
