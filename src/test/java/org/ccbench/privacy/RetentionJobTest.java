package org.ccbench.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.ccbench.base.ValidationException;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A campaign keeps its invitees' addresses and free text for its retention period after closing (24 months unless
 * the administrator sets another); the nightly job then erases them, once, even when two nodes run it together, and
 * keeps every count and closed answer.
 */
@ServiceIntegrationTest
class RetentionJobTest {

    @Autowired
    TestData data;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionJob job;

    @Autowired
    DSLContext dsl;

    World world;
    PrivacyFixtures fixtures;
    long campaignId;

    @BeforeEach
    void namedCampaignWithOneResponseAndOneStarted() {
        world = data.freshWorld();
        SignIn.as(world.admin());
        fixtures = new PrivacyFixtures(campaigns, respondents, dsl);
        campaignId = fixtures.campaignWithResponses(world, "Retention named", false);
    }

    @Test
    void aCampaignKeepsItsPersonalDataForTwentyFourMonthsAfterClosingByDefault() {
        CampaignRetention kept = retention.of(campaignId);

        assertThat(kept.months()).isEqualTo(24);
        assertThat(kept.closesOn()).isEqualTo(TestClock.TODAY.plusDays(30));
        assertThat(kept.keptUntil()).isEqualTo(TestClock.TODAY.plusDays(30).plusMonths(24));
        assertThat(job.run(kept.keptUntil())).as("the last day of the period").isEmpty();
        assertThat(emails()).contains(PrivacyFixtures.SUBMITTER, PrivacyFixtures.DRAFTER);
    }

    @Test
    void afterTheRetentionPeriodTheJobErasesAddressesAndFreeTextButKeepsCountsAndClosedAnswers() {
        CampaignOverview before = campaigns.overview(campaignId);
        Map<String, String> answersBefore = fixtures.answers(campaignId);
        assertThat(answersBefore.values()).contains("Fine|null", "other|" + PrivacyFixtures.OTHER_TEXT);
        assertThat(dsl.fetchCount(DRAFT_ANSWER)).isPositive();
        SignIn.out();
        LocalDate day = retention().keptUntil().plusDays(1);

        List<RetentionJob.Erased> erased = job.run(day);

        assertThat(erased).containsExactly(new RetentionJob.Erased(campaignId, 2, 2, 1, 3));
        assertThat(emails()).allMatch(email -> email.endsWith("@erased.invalid"))
                .noneMatch(email -> email.contains("client-"));
        assertThat(dsl.select(MAIL_MESSAGE.RECIPIENT, MAIL_MESSAGE.BODY).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.CAMPAIGN_ID.eq(campaignId)).fetch())
                .allMatch(mail -> mail.value1().endsWith("@erased.invalid") && mail.value2().equals("[erased]"));
        assertThat(dsl.fetchCount(DRAFT_ANSWER)).as("answers of a questionnaire never submitted").isZero();
        Map<String, String> answersAfter = fixtures.answers(campaignId);
        answersBefore.forEach((question, answer) -> {
            if (question.endsWith("/t_strength") || question.endsWith("/t_improvement")) {
                assertThat(answersAfter.get(question)).as(question).isEqualTo("[erased]|null");
            } else if (question.endsWith("/p_sector")) {
                assertThat(answersAfter.get(question)).as("the option stays, its words go").isEqualTo("other|null");
            } else {
                assertThat(answersAfter.get(question)).as(question).isEqualTo(answer);
            }
        });
        SignIn.as(world.admin());
        CampaignOverview after = campaigns.overview(campaignId);
        assertThat(List.of(after.invited(), after.started(), after.submitted()))
                .isEqualTo(List.of(before.invited(), before.started(), before.submitted()));
        assertThat(after.responseRate()).isEqualTo(before.responseRate());
        assertThat(retention.of(campaignId).erasedOn()).isEqualTo(day);
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RETENTION_ERASED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo("system");
        assertThat(event.getSubjectId()).isEqualTo(campaignId);
        assertThat(event.getDetail()).isEqualTo("24 months after " + TestClock.TODAY.plusDays(30) + ": 2 invitee "
                + "e-mail addresses, 2 e-mails, 1 unsubmitted answers, 3 free-text answers");
    }

    @Test
    void runningAgainErasesNothingMore() {
        LocalDate day = retention().keptUntil().plusDays(1);
        assertThat(job.run(day)).hasSize(1);

        assertThat(job.run(day)).isEmpty();
        assertThat(job.run(day.plusYears(1))).isEmpty();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("RETENTION_ERASED"))).isEqualTo(1);
    }

    @Test
    void twoNodesRunningTheJobAtOnceEraseEachCampaignOnce() throws Exception {
        long second = fixtures.campaignWithResponses(world, "Retention anonymous", true);
        SignIn.out();
        LocalDate day = retention().keptUntil().plusDays(1);
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<RetentionJob.Erased>> one = CompletableFuture.supplyAsync(() -> runAt(day, together));
        CompletableFuture<List<RetentionJob.Erased>> two = CompletableFuture.supplyAsync(() -> runAt(day, together));

        List<Long> erased = java.util.stream.Stream.concat(one.get().stream(), two.get().stream())
                .map(RetentionJob.Erased::campaignId).toList();
        assertThat(erased).containsExactlyInAnyOrder(campaignId, second);
        assertThat(dsl.select(AUDIT_EVENT.SUBJECT_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("RETENTION_ERASED")).fetch(AUDIT_EVENT.SUBJECT_ID))
                .containsExactlyInAnyOrder(campaignId, second);
        assertThat(emails()).allMatch(email -> email.endsWith("@erased.invalid"));
    }

    @Test
    void theAdministratorSetsThePeriodInWholeMonthsFromOneToOneHundredTwenty() {
        assertThat(retention.change(campaignId, 6).keptUntil()).isEqualTo(TestClock.TODAY.plusDays(30).plusMonths(6));
        assertThat(dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RETENTION_CHANGED")).fetchSingle()
                .getDetail()).isEqualTo("24 → 6 months after " + TestClock.TODAY.plusDays(30));
        for (Integer wrong : new Integer[] {0, 121, -3}) {
            assertThatThrownBy(() -> retention.change(campaignId, wrong)).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).errors().getFirst().messageKey())
                    .isEqualTo("privacy.retention.error.range");
        }
        assertThatThrownBy(() -> retention.change(campaignId, null)).isInstanceOf(ValidationException.class);
        assertThat(retention.of(campaignId).months()).isEqualTo(6);

        assertThat(job.run(TestClock.TODAY.plusDays(30).plusMonths(6).plusDays(1))).hasSize(1);
        assertThatThrownBy(() -> retention.change(campaignId, 12)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).errors().getFirst().messageKey())
                .isEqualTo("privacy.retention.error.erased");
    }

    @Test
    void onlyTheAdministratorReadsOrSetsIt() {
        SignIn.as(world.clientA().sourcingManager());
        assertThatThrownBy(() -> retention.of(campaignId)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> retention.change(campaignId, 3)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private CampaignRetention retention() {
        return SignIn.as(world.admin(), () -> retention.of(campaignId));
    }

    private List<String> emails() {
        return dsl.select(INVITATION.EMAIL).from(INVITATION).fetch(INVITATION.EMAIL);
    }

    private List<RetentionJob.Erased> runAt(LocalDate day, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.run(day);
    }
}
