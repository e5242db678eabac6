package org.ccbench.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.INVITATION;
import static org.ccbench.db.Tables.MAIL_MESSAGE;
import static org.ccbench.db.Tables.TODO_DIGEST;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.RespondentService;
import org.ccbench.survey.SurveyLinkException;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Erasing one person on request: the preview says what is held, what goes and what stays and why, and changes
 * nothing; the erasure does exactly that in one go. The person: client A's sourcing manager, who answered a named and
 * an anonymous campaign and created an API token.
 */
@ServiceIntegrationTest
class ErasureServiceTest {

    static final String PERSON = PrivacyFixtures.SUBMITTER;

    @Autowired
    TestData data;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RespondentService respondents;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ErasureService erasure;

    @Autowired
    DSLContext dsl;

    World world;
    PrivacyFixtures fixtures;
    long named;
    long anonymous;

    @BeforeEach
    void personWithAnAccountATokenAndTwoResponses() {
        world = data.freshWorld();
        SignIn.as(world.clientA().sourcingManager(), () -> tokens.create("Reporting"));
        SignIn.as(world.admin());
        fixtures = new PrivacyFixtures(campaigns, respondents, dsl);
        named = fixtures.campaignWithResponses(world, "Erasure named", false);
        anonymous = fixtures.campaignWithResponses(world, "Erasure anonymous", true);
    }

    @Test
    void thePreviewListsWhatIsHeldWhatIsErasedAndWhatStaysAndWhyAndChangesNothing() {
        Map<String, String> answers = fixtures.answers(named);

        ErasurePreview preview = erasure.preview("  Sourcing@Client-A.example ");

        PersonalData held = preview.held();
        assertThat(held.account()).get().extracting(PersonalData.Account::displayName)
                .isEqualTo("Client A Sourcing");
        assertThat(held.invitations()).extracting(PersonalData.Invitee::campaign, PersonalData.Invitee::status,
                        PersonalData.Invitee::anonymous)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Erasure named", "SUBMITTED", false),
                        org.assertj.core.groups.Tuple.tuple("Erasure anonymous", "SUBMITTED", true));
        assertThat(held.responses()).as("only the named campaign's response leads back to the address")
                .extracting(PersonalData.NamedResponse::campaign).containsExactly("Erasure named");
        assertThat(held.tokens()).extracting(PersonalData.ApiToken::name).containsExactly("Reporting");
        assertThat(held.mails()).hasSize(2);
        assertThat(held.recordsNaming()).containsEntry("api_token.created_by", 1);
        assertThat(held.auditEvents()).extracting(e -> e.action()).contains("API_TOKEN_CREATED");
        assertThat(preview.erased()).extracting(ErasurePreview.Line::messageKey).containsExactly(
                "privacy.erase.account", "privacy.erase.tokens", "privacy.erase.invitations",
                "privacy.erase.freeText", "privacy.erase.mails", "privacy.erase.records");
        assertThat(preview.erased()).filteredOn(line -> line.messageKey().equals("privacy.erase.freeText"))
                .extracting(ErasurePreview.Line::arguments).containsExactly(List.of(3));
        assertThat(preview.kept()).extracting(ErasurePreview.Line::messageKey).containsExactly(
                "privacy.keep.account", "privacy.keep.invitations", "privacy.keep.closedAnswers",
                "privacy.keep.anonymous", "privacy.keep.audit", "privacy.keep.figures");
        assertThat(fixtures.answers(named)).isEqualTo(answers);
        assertThat(data.principal(PERSON).isEnabled()).isTrue();
    }

    @Test
    void erasingDisablesTheAccountRevokesTokensAndErasesAddressesFreeTextAndMailsButKeepsClosedAnswers() {
        Map<String, String> namedBefore = fixtures.answers(named);
        Map<String, String> anonymousBefore = fixtures.answers(anonymous);
        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(PERSON)).fetchSingle(APP_USER.ID);
        int auditEventsOfPerson = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(PERSON));

        ErasureService.Erased erased = erasure.erase(PERSON);

        assertThat(erased).isEqualTo(new ErasureService.Erased(PERSON, true, 1, 2, 0, 3, 2, 1));
        String placeholder = "erased-user-" + userId + "@erased.invalid";
        var account = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle();
        assertThat(List.of(account.getEmail(), account.getDisplayName(), account.getEnabled()))
                .isEqualTo(List.of(placeholder, "[erased]", false));
        assertThatThrownBy(() -> data.principal(PERSON)).isInstanceOf(UsernameNotFoundException.class);
        var token = dsl.selectFrom(API_TOKEN).fetchSingle();
        assertThat(token.getCreatedBy()).isEqualTo(placeholder);
        assertThat(token.getRevokedAt()).isNotNull();
        assertThat(token.getRevokedBy()).isEqualTo("admin@ccbench.test");
        assertThat(dsl.fetchCount(INVITATION, INVITATION.EMAIL.equalIgnoreCase(PERSON))).isZero();
        assertThat(dsl.fetchCount(INVITATION, INVITATION.EMAIL.eq(PrivacyFixtures.DRAFTER)))
                .as("other invitees keep theirs").isEqualTo(2);
        assertThat(dsl.fetchCount(org.ccbench.db.Tables.DRAFT_ANSWER)).as("the other invitee's").isEqualTo(2);
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.RECIPIENT.equalIgnoreCase(PERSON))).isZero();
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.BODY.eq("[erased]"))).isEqualTo(2);
        Map<String, String> namedAfter = fixtures.answers(named);
        namedBefore.forEach((question, answer) -> {
            if (question.endsWith("/t_strength") || question.endsWith("/t_improvement")) {
                assertThat(namedAfter.get(question)).as(question).isEqualTo("[erased]|null");
            } else if (question.endsWith("/p_sector")) {
                assertThat(namedAfter.get(question)).isEqualTo("other|null");
            } else {
                assertThat(namedAfter.get(question)).as(question).isEqualTo(answer);
            }
        });
        assertThat(fixtures.answers(anonymous)).as("not linked to anyone, so untouched").isEqualTo(anonymousBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(PERSON))).as("append-only")
                .isEqualTo(auditEventsOfPerson);
        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("PERSON_ERASED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo("admin@ccbench.test");
        assertThat(event.getSubjectId()).isEqualTo(userId);
        assertThat(event.getDetail()).startsWith(PERSON + " → " + placeholder + ": account disabled, 1 tokens revoked");

        ErasurePreview afterwards = erasure.preview(PERSON);
        assertThat(afterwards.erased()).isEmpty();
        assertThat(afterwards.kept()).extracting(ErasurePreview.Line::messageKey)
                .containsExactly("privacy.keep.audit", "privacy.keep.figures");
    }

    @Test
    void erasingRemovesTheAuthenticatorSecretAndTheDigestChoiceThatServeOnlyThePerson() {
        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(PERSON)).fetchSingle(APP_USER.ID);
        dsl.insertInto(USER_TWO_FACTOR).set(USER_TWO_FACTOR.USER_ID, userId)
                .set(USER_TWO_FACTOR.SECRET_ENCRYPTED, "encrypted").set(USER_TWO_FACTOR.LAST_USED_STEP, 0L)
                .set(USER_TWO_FACTOR.ENROLLED_AT, OffsetDateTime.parse("2026-01-05T10:00:00+01:00")).execute();
        dsl.insertInto(TODO_DIGEST).set(TODO_DIGEST.USER_ID, userId).set(TODO_DIGEST.FREQUENCY, "DAILY").execute();

        erasure.erase(PERSON);

        assertThat(dsl.fetchCount(USER_TWO_FACTOR, USER_TWO_FACTOR.USER_ID.eq(userId))).isZero();
        assertThat(dsl.fetchCount(TODO_DIGEST, TODO_DIGEST.USER_ID.eq(userId))).isZero();
    }

    @Test
    void anInviteeWithoutAnAccountLosesTheLinksAndTheUnsubmittedAnswers() {
        String link = fixtures.token(named, PrivacyFixtures.DRAFTER);
        dsl.deleteFrom(APP_USER).where(APP_USER.EMAIL.eq(PrivacyFixtures.DRAFTER)).execute();
        assertThat(respondents.open(link).answers()).containsKey("p_sourcing_model");

        ErasureService.Erased erased = erasure.erase(PrivacyFixtures.DRAFTER);

        assertThat(erased).isEqualTo(new ErasureService.Erased(PrivacyFixtures.DRAFTER, false, 0, 2, 2, 0, 2, 0));
        assertThatThrownBy(() -> respondents.open(link)).isInstanceOf(SurveyLinkException.class);
        assertThat(dsl.fetchCount(INVITATION, INVITATION.EMAIL.eq(PERSON))).as("other invitees keep theirs")
                .isEqualTo(2);
    }

    @Test
    void refusesANonAddressNothingToEraseAndTheAdministratorsOwnAccount() {
        assertThat(messageKey(() -> erasure.preview("not an address"))).isEqualTo("validation.email");
        assertThat(messageKey(() -> erasure.preview(" "))).isEqualTo("validation.required");
        assertThat(erasure.preview("nobody@nowhere.example").held().isEmpty()).isTrue();
        assertThat(messageKey(() -> erasure.erase("nobody@nowhere.example")))
                .isEqualTo("privacy.erase.error.nothing");
        assertThat(messageKey(() -> erasure.erase("ADMIN@ccbench.test"))).isEqualTo("privacy.erase.error.self");
        assertThat(data.principal("admin@ccbench.test").isEnabled()).isTrue();
    }

    @Test
    void onlyTheAdministratorMayLookUpOrErase() {
        SignIn.as(world.clientB().sourcingManager());
        assertThatThrownBy(() -> erasure.preview(PERSON)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> erasure.erase(PERSON)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(data.principal(PERSON).isEnabled()).isTrue();
    }

    private static String messageKey(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().getFirst().messageKey();
        }
        throw new AssertionError("no validation error");
    }
}
