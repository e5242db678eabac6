package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.DRAFT_ANSWER;
import static org.ccbench.db.Tables.RESPONSE;
import static org.ccbench.db.Tables.RESPONSE_ANSWER;
import static org.ccbench.survey.SurveyFixtures.CLIENT_SATISFACTION;
import static org.ccbench.survey.SurveyFixtures.TRENDS;
import static org.ccbench.survey.SurveyFixtures.campaign;
import static org.ccbench.survey.SurveyFixtures.row;

import java.time.LocalDate;
import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.mail.MailMessage;
import org.ccbench.mail.OutboxEntry;
import org.ccbench.survey.SurveyLinkException.Reason;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A campaign from creation to a submitted anonymous response, on the real database. */
@DemoPortalTest
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class CampaignLifecycleTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final String SANNE = "sourcing@noordzee-energie.example";
    static final String PIETER = "sourcing@vlaamse-verzekeringen.example";

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    DSLContext dsl;

    private long launchedCampaign(String title, boolean anonymous) {
        long id = campaigns.create(campaign(title, CLIENT_SATISFACTION, anonymous, TODAY));
        campaigns.addInvitees(id, List.of(row(2, SANNE, "Noordzee Energie", "Zwolle telefonie", "en"),
                row(3, PIETER, "Vlaamse Verzekeringen", "Gent in-house", "nl")));
        assertThat(campaigns.launch(id)).isEqualTo(2);
        return id;
    }

    private String token(long campaignId, String email) {
        return SurveyFixtures.tokens(campaigns.outbox(campaignId), email).getFirst();
    }

    @Test
    void anonymousResponseIsStoredWithoutAnyPathBackToItsInvitee() {
        long id = launchedCampaign("Lifecycle anonymous", true);
        String token = token(id, SANNE);

        SurveySession session = respondents.open(token);
        assertThat(session.subjectName()).isEqualTo("Zwolle telefonie (Callcenter Delta)");
        assertThat(session.organisationName()).isEqualTo("Noordzee Energie");
        assertThat(respondents.submit(token)).extracting(AnswerProblem::questionId).contains("p_sourcing_model");
        SurveyFixtures.answerEverything(respondents, token);

        assertThat(respondents.submit(token)).isEmpty();

        var response = dsl.selectFrom(RESPONSE).where(RESPONSE.CAMPAIGN_ID.eq(id)).fetchSingle();
        assertThat(response.getInvitationId()).isNull();
        assertThat(response.getOrganisationId()).isNull();
        assertThat(response.getSubmittedOn()).isEqualTo(TODAY);
        assertThat(response.getSourcingModel()).isEqualTo("OUTSOURCED");
        assertThat(response.getRespondentKey()).hasSize(64).doesNotContain(token);
        assertThat(dsl.fetchCount(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID.eq(response.getId()))).isPositive();
        assertThat(dsl.fetchCount(DRAFT_ANSWER)).as("drafts of the submitted invitation are gone")
                .isEqualTo(dsl.fetchCount(DRAFT_ANSWER, DRAFT_ANSWER.INVITATION_ID.notIn(
                        dsl.select(org.ccbench.db.Tables.INVITATION.ID).from(org.ccbench.db.Tables.INVITATION)
                                .where(org.ccbench.db.Tables.INVITATION.STATUS.eq("SUBMITTED")))));
        CampaignOverview overview = campaigns.overview(id);
        assertThat(overview.submitted()).isEqualTo(1);
        assertThat(overview.responseRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void secondSubmitIsRefusedAndTheUsedLinkRevealsNothing() {
        long id = launchedCampaign("Lifecycle twice", false);
        String token = token(id, SANNE);
        SurveyFixtures.answerEverything(respondents, token);
        respondents.submit(token);

        assertThatThrownBy(() -> respondents.submit(token)).isInstanceOfSatisfying(SurveyLinkException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_SUBMITTED));
        assertThatThrownBy(() -> respondents.open(token)).isInstanceOfSatisfying(SurveyLinkException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNUSABLE));
        assertThat(dsl.fetchCount(RESPONSE, RESPONSE.CAMPAIGN_ID.eq(id))).isEqualTo(1);
        assertThat(dsl.selectFrom(RESPONSE).where(RESPONSE.CAMPAIGN_ID.eq(id)).fetchSingle().getInvitationId())
                .as("a named campaign keeps the invitation").isNotNull();
    }

    @Test
    void answersAreKeptBetweenVisitsWithTheRespondentsPlaceAndLanguage() {
        long id = launchedCampaign("Lifecycle resume", true);
        String token = token(id, PIETER);
        assertThat(respondents.open(token).locale().getLanguage()).isEqualTo("nl");

        respondents.saveAnswer(token, "p_sourcing_model", Answer.of("in_house"));
        respondents.saveProgress(token, 2, java.util.Locale.ENGLISH);

        SurveySession later = respondents.open(token);
        assertThat(later.answers()).containsEntry("p_sourcing_model", Answer.of("in_house"));
        assertThat(later.currentSection()).isEqualTo(2);
        assertThat(later.locale().getLanguage()).isEqualTo("en");
        assertThat(campaigns.overview(id).started()).isEqualTo(1);
    }

    @Test
    void vendorFromTheRegistryMustBeKnownOrNamedAtSubmit() {
        long id = launchedCampaign("Lifecycle vendor answer", true);
        String token = token(id, SANNE);
        SurveyFixtures.answerEverything(respondents, token);
        respondents.saveAnswer(token, "p_sourcing_model", Answer.of("outsourced_single"));
        respondents.saveAnswer(token, "p_outsource_reason", Answer.of("cost"));

        respondents.saveAnswer(token, "p_vendor", Answer.of("other"));
        assertThat(respondents.submit(token)).extracting(AnswerProblem::questionId, AnswerProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("p_vendor", "survey.error.otherText"));
        respondents.saveAnswer(token, "p_vendor", Answer.of("999999"));
        assertThat(respondents.submit(token)).extracting(AnswerProblem::questionId, AnswerProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("p_vendor", "survey.error.choose"));

        respondents.saveAnswer(token, "p_vendor", new Answer("other", "Contact Solutions BV"));
        assertThat(respondents.submit(token)).isEmpty();
    }

    @Test
    void unknownAndMalformedLinksGetTheSameNeutralAnswer() {
        String unknown = "A".repeat(43);

        for (String token : List.of(unknown, "short", "../../etc/passwd", "")) {
            assertThatThrownBy(() -> respondents.open(token)).isInstanceOfSatisfying(SurveyLinkException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.UNUSABLE));
        }
    }

    @Test
    void closedCampaignSaysSoAndScheduledOneSaysWhenItOpens() {
        long closed = launchedCampaign("Lifecycle closed", true);
        campaigns.close(closed);
        assertThatThrownBy(() -> respondents.open(token(closed, SANNE)))
                .isInstanceOfSatisfying(SurveyLinkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));

        long later = campaigns.create(campaign("Lifecycle scheduled", TRENDS, true, TODAY.plusDays(3)));
        campaigns.addInvitees(later, List.of(row(1, SANNE, "Noordzee Energie", null, null)));
        campaigns.launch(later);
        assertThat(campaigns.overview(later).phase()).isEqualTo(CampaignPhase.SCHEDULED);
        assertThatThrownBy(() -> respondents.open(token(later, SANNE)))
                .isInstanceOfSatisfying(SurveyLinkException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_YET_OPEN);
                    assertThat(e.opensOn()).isEqualTo(TODAY.plusDays(3));
                });
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotSubmitted() {
        long id = launchedCampaign("Lifecycle reminders", true);
        String token = token(id, SANNE);
        SurveyFixtures.answerEverything(respondents, token);
        respondents.submit(token);

        assertThat(campaigns.remind(id)).isEqualTo(1);

        assertThat(campaigns.outbox(id)).filteredOn(mail -> mail.subject().startsWith("Herinnering"))
                .extracting(MailMessage::recipient).containsExactly(PIETER);
        assertThat(SurveyFixtures.tokens(campaigns.outbox(id), PIETER)).as("the reminder repeats the same link")
                .hasSize(2).containsOnly(token(id, PIETER));
    }

    @Test
    void badInviteeRowsAreAllReportedAndNoneIsAdded() {
        long id = campaigns.create(campaign("Lifecycle invitees", CLIENT_SATISFACTION, true, TODAY));

        assertThatThrownBy(() -> campaigns.addInvitees(id, List.of(
                row(2, "not-an-address", "Noordzee Energie", "Zwolle telefonie", "en"),
                row(3, "a@example.com", "Nobody Ltd", "Zwolle telefonie", "en"),
                row(4, "b@example.com", "Callcenter Delta", "Zwolle telefonie", "en"),
                row(5, "c@example.com", "Noordzee Energie", "Gent overloop", "fr"),
                row(6, "d@example.com", "Noordzee Energie", null, "en"),
                row(7, "e@example.com", "Noordzee Energie", "Zwolle telefonie", "nl"),
                row(8, "E@example.com", "Noordzee Energie", "Zwolle telefonie", "nl"))))
                .isInstanceOfSatisfying(InviteesRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column, RowError::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "email", "invitees.error.email"),
                                org.assertj.core.groups.Tuple.tuple(3, "organisation",
                                        "invitees.error.unknownOrganisation"),
                                org.assertj.core.groups.Tuple.tuple(4, "organisation", "invitees.error.audience"),
                                org.assertj.core.groups.Tuple.tuple(5, "subject", "invitees.error.unknownSubject"),
                                org.assertj.core.groups.Tuple.tuple(5, "language", "invitees.error.language"),
                                org.assertj.core.groups.Tuple.tuple(6, "subject", "invitees.error.subjectRequired"),
                                org.assertj.core.groups.Tuple.tuple(8, "email", "invitees.error.duplicate")));
        assertThat(campaigns.invitations(id)).isEmpty();
    }

    @Test
    void pastedListWithHeaderAndSemicolonsIsRead() {
        List<InviteeRow> rows = campaigns.parseInvitees("""
                E-mail;Organisation;Subject;Language
                sanne@noordzee.example;Noordzee Energie;Zwolle telefonie;nl
                "pieter@vlaamse.example" ; Vlaamse Verzekeringen ; Gent in-house ;
                """);

        assertThat(rows).extracting(InviteeRow::line, InviteeRow::email, InviteeRow::subject, InviteeRow::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "sanne@noordzee.example", "Zwolle telefonie",
                                "nl"),
                        org.assertj.core.groups.Tuple.tuple(3, "pieter@vlaamse.example", "Gent in-house", null));
    }

    @Test
    void aLaunchedCampaignKeepsItsQuestionnaireVersion() {
        long id = launchedCampaign("Lifecycle fixed", true);
        Campaign campaign = campaigns.get(id);

        assertThatThrownBy(() -> campaigns.update(id, campaign.version(),
                campaign("Lifecycle fixed", TRENDS, true, TODAY)))
                .isInstanceOfSatisfying(CampaignStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.error.notDraft"));
        assertThat(campaigns.get(id).templateId()).isEqualTo(CLIENT_SATISFACTION);
    }

    @Test
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyAdministratorsRunCampaigns() {
        assertThatThrownBy(() -> campaigns.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> campaigns.create(campaign("x", TRENDS, true, TODAY)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theOutboxIsReadAPageAtATimeNewestFirstWithEachBodyOnlyFromItsOwnCampaign() {
        long id = launchedCampaign("Lifecycle outbox pages", false);
        campaigns.remind(id);
        long other = launchedCampaign("Lifecycle other outbox", false);
        List<MailMessage> all = campaigns.outbox(id);
        assertThat(all).hasSize(4);

        assertThat(campaigns.outboxSize(id)).isEqualTo(4);
        assertThat(campaigns.outboxPage(id, 0, 3)).extracting(OutboxEntry::id)
                .containsExactlyElementsOf(all.subList(0, 3).stream().map(MailMessage::id).toList());
        assertThat(campaigns.outboxPage(id, 3, 3)).extracting(OutboxEntry::id, OutboxEntry::recipient,
                        OutboxEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(all.get(3).id(), all.get(3).recipient(),
                        all.get(3).subject()));
        assertThat(campaigns.outboxBody(id, all.get(3).id())).isEqualTo(all.get(3).body());

        long othersMail = campaigns.outbox(other).getFirst().id();
        assertThatThrownBy(() -> campaigns.outboxBody(id, othersMail))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void inviteesAreReadAPageAtATimeInTheChosenOrder() {
        long id = launchedCampaign("Lifecycle invitee pages", false);
        campaigns.addInvitees(id, List.of(row(2, "aafke@noordzee.example", "Noordzee Energie", "Zwolle telefonie",
                "nl")));
        SurveyFixtures.answerEverything(respondents, token(id, PIETER));
        respondents.submit(token(id, PIETER));

        assertThat(campaigns.invitationCount(id)).isEqualTo(3);
        assertThat(campaigns.invitationsPage(id, List.of(), 0, 10)).extracting(Invitation::email)
                .containsExactly("aafke@noordzee.example", SANNE, PIETER);
        assertThat(campaigns.invitationsPage(id, List.of(new InvitationOrder(InvitationOrder.Column.EMAIL, true)),
                0, 2)).extracting(Invitation::email).containsExactly(PIETER, SANNE);
        assertThat(campaigns.invitationsPage(id, List.of(new InvitationOrder(InvitationOrder.Column.EMAIL, true)),
                2, 2)).extracting(Invitation::email).containsExactly("aafke@noordzee.example");
        assertThat(campaigns.invitationsPage(id, List.of(new InvitationOrder(InvitationOrder.Column.STATUS, true)),
                0, 1)).extracting(Invitation::email, Invitation::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PIETER, InvitationStatus.SUBMITTED));
        assertThat(campaigns.invitations(id)).containsExactlyElementsOf(campaigns.invitationsPage(id, List.of(), 0,
                3));
    }
}
