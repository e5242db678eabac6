package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.ValidationException;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's review of responses: exclusion with a reason, inclusion, reopening, quality hints. */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ResponseReviewServiceTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String PIETER = "sourcing@vlaamse-verzekeringen.example";

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    ResponseReviewService review;

    @Autowired
    ResultsService results;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anExcludedResponseStopsCountingKeepsItsReasonAndCanCountAgain() {
        long id = submittedCampaign("Review exclusion", false);
        String responseId = review.responses(id).getFirst().responseId();

        review.exclude(id, responseId, "  Duplicate of the response of the same client  ");

        ResponseReview excluded = find(review.responses(id), responseId);
        assertThat(excluded.excludedReason()).isEqualTo("Duplicate of the response of the same client");
        assertThat(excluded.excludedBy()).isEqualTo("admin@ccbench.example");
        assertThat(excluded.excludedOn()).isEqualTo(TODAY);
        assertThat(excluded.reopenable()).isFalse();
        assertThat(results.results(id, Locale.ENGLISH).responses()).isEqualTo(1);
        assertThat(results.rawResponses(id, Locale.ENGLISH).rows()).extracting(RawResponses.Row::responseId)
                .doesNotContain(responseId);
        assertThat(dsl.fetchCount(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID.eq(responseId)))
                .as("the answers are kept").isPositive();
        assertThatThrownBy(() -> review.exclude(id, responseId, "again"))
                .isInstanceOfSatisfying(CampaignStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.notIncluded"));

        review.include(id, responseId);

        assertThat(find(review.responses(id), responseId).excluded()).isFalse();
        assertThat(results.results(id, Locale.ENGLISH).responses()).isEqualTo(2);
        assertThatThrownBy(() -> review.include(id, responseId)).isInstanceOf(CampaignStateException.class);
    }

    @Test
    void anExclusionNeedsAReasonOfAtMost500Characters() {
        long id = submittedCampaign("Review reasons", false);
        String responseId = review.responses(id).getFirst().responseId();

        assertThatThrownBy(() -> review.exclude(id, responseId, "   ")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("reason")));
        assertThatThrownBy(() -> review.exclude(id, responseId, "x".repeat(501)))
                .isInstanceOf(ValidationException.class);
        assertThat(review.responses(id)).noneMatch(ResponseReview::excluded);
        assertThatThrownBy(() -> review.exclude(id + 1000, responseId, "wrong campaign"))
                .isInstanceOf(org.ccbench.base.NotFoundOrNotAllowedException.class);
    }

    @Test
    void aReopenedResponseBecomesTheRespondentsDraftAgainAndTheyGetTheirLink() {
        long id = submittedCampaign("Review reopen", false);
        ResponseReview sanne = review.responses(id).stream()
                .filter(response -> "Noordzee Energie".equals(response.organisation())).findFirst().orElseThrow();
        assertThat(sanne.reopenable()).isTrue();
        String token = SurveyFixtures.tokens(campaigns.outbox(id), SANNE).getFirst();

        review.reopen(id, sanne.responseId());

        assertThat(dsl.fetchCount(RESPONSE, RESPONSE.ID.eq(sanne.responseId()))).isZero();
        SurveySession session = respondents.open(token);
        assertThat(session.answers()).hasSize(sanne.answered());
        assertThat(campaigns.outbox(id)).anySatisfy(mail -> {
            assertThat(mail.recipient()).isEqualTo(SANNE);
            assertThat(mail.subject()).startsWith("Your response is open again");
            assertThat(mail.body()).contains("/survey/" + token);
        });
        assertThat(campaigns.overview(id).submitted()).isEqualTo(1);

        assertThat(respondents.submit(token)).isEmpty();
        assertThat(review.responses(id)).hasSize(2);
    }

    @Test
    void anonymousResponsesCannotBeReopened() {
        long id = submittedCampaign("Review anonymous", true);
        ResponseReview response = review.responses(id).getFirst();

        assertThat(response.reopenable()).isFalse();
        assertThat(response.organisation()).isNull();
        assertThat(response.vendor()).isNull();
        assertThatThrownBy(() -> review.reopen(id, response.responseId()))
                .isInstanceOfSatisfying(CampaignStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.anonymous"));
    }

    @Test
    void straightLiningAndASecondResponseAboutTheSameSubjectAreFlagged() {
        long id = submittedCampaign("Review flags", false);
        List<ResponseReview> before = review.responses(id);
        String straight = before.getFirst().responseId();
        dsl.update(RESPONSE_ANSWER).set(RESPONSE_ANSWER.ANSWER, "3")
                .where(RESPONSE_ANSWER.RESPONSE_ID.eq(straight))
                .and(RESPONSE_ANSWER.QUESTION_ID.in("o_overall_satisfaction", "f_accessibility", "f_written_speed",
                        "f_resolution", "f_answer_quality", "f_customer_experience", "f_complaints", "f_digital",
                        "f_staff", "r_reporting", "r_proactive", "r_insight_feedback", "r_flexibility",
                        "r_value_for_money"))
                .execute();
        var copy = dsl.selectFrom(RESPONSE).where(RESPONSE.ID.eq(before.get(1).responseId())).fetchSingle().copy();
        copy.setId(java.util.UUID.randomUUID().toString());
        dsl.executeInsert(copy);

        List<ResponseReview> after = review.responses(id);

        assertThat(find(after, straight).flags()).contains(QualityFlag.STRAIGHT_LINING);
        assertThat(after).filteredOn(response -> response.flags().contains(QualityFlag.POSSIBLE_DUPLICATE))
                .hasSize(2);
    }

    @Test
    void aPageOfResponsesCarriesTheSameHintsAsTheWholeListDuplicatesOnOtherPagesIncluded() {
        long id = submittedCampaign("Review pages", false);
        List<ResponseReview> before = review.responses(id);
        var copy = dsl.selectFrom(RESPONSE).where(RESPONSE.ID.eq(before.getFirst().responseId())).fetchSingle().copy();
        copy.setId("zzzzzzzz" + java.util.UUID.randomUUID().toString().substring(8));
        dsl.executeInsert(copy);
        List<ResponseReview> all = review.responses(id);
        assertThat(all).hasSize(before.size() + 1);
        assertThat(all.getLast().flags()).contains(QualityFlag.POSSIBLE_DUPLICATE);

        assertThat(review.responseCount(id)).isEqualTo(all.size());
        for (int offset = 0; offset < all.size(); offset++) {
            assertThat(review.responses(id, offset, 1)).as("page at %d", offset).containsExactly(all.get(offset));
        }
        assertThat(review.responses(id, all.size(), 1)).isEmpty();
    }

    @Test
    void onlyTheAdministratorReviews() {
        long id = submittedCampaign("Review access", false);
        String responseId = review.responses(id).getFirst().responseId();

        SignIn.as((org.ccbench.security.SignedInUser) userDetails.loadUserByUsername(SANNE), () -> {
            assertThatThrownBy(() -> review.responses(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.exclude(id, responseId, "not mine"))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.reopen(id, responseId)).isInstanceOf(AuthorizationDeniedException.class);
        });
        assertThat(review.responses(id)).noneMatch(ResponseReview::excluded);
    }

    /** A campaign with two invitees who both submitted every answer. */
    private long submittedCampaign(String title, boolean anonymous) {
        long id = campaigns.create(campaign(title, CLIENT_SATISFACTION, anonymous, TODAY));
        campaigns.addInvitees(id, List.of(row(2, SANNE, "Noordzee Energie", "Zwolle telefonie", "en"),
                row(3, PIETER, "Vlaamse Verzekeringen", "Gent in-house", "nl")));
        campaigns.launch(id);
        for (String email : List.of(SANNE, PIETER)) {
            String token = SurveyFixtures.tokens(campaigns.outbox(id), email).getFirst();
            SurveyFixtures.answerEverything(respondents, token);
            assertThat(respondents.submit(token)).isEmpty();
        }
        return id;
    }

    private static ResponseReview find(List<ResponseReview> reviews, String responseId) {
        return reviews.stream().filter(response -> response.responseId().equals(responseId)).findFirst()
                .orElseThrow();
    }
}
