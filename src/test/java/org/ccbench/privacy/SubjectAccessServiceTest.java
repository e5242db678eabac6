package org.ccbench.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.TODO_DIGEST;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.kpi.api.ApiTokenService;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A subject access request: one JSON file with everything held about an address, for the administrator only. */
@ServiceIntegrationTest
class SubjectAccessServiceTest {

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
    SubjectAccessService access;

    @Autowired
    DSLContext dsl;

    World world;

    @BeforeEach
    void personWithAnAccountATokenAndTwoResponses() {
        world = data.freshWorld();
        SignIn.as(world.clientA().sourcingManager(), () -> tokens.create("Reporting"));
        SignIn.as(world.admin());
        PrivacyFixtures fixtures = new PrivacyFixtures(campaigns, respondents, dsl);
        fixtures.campaignWithResponses(world, "Access named", false);
        fixtures.campaignWithResponses(world, "Access anonymous", true);
    }

    @Test
    void theFileHoldsAccountTokensInvitationsNamedAnswersMailsAndAuditEventsButNoAnonymousResponse() {
        SubjectAccessService.Export export = access.export(PERSON.toUpperCase(Locale.ROOT), Locale.ENGLISH);

        assertThat(export.fileName()).isEqualTo("personal-data-sourcing-client-a-example-" + TestClock.TODAY + ".json");
        JsonNode file = JsonMapper.builder().build().readTree(export.json());
        assertThat(file.get("emailAddress").asString()).isEqualTo(PERSON.toUpperCase(Locale.ROOT));
        assertThat(file.get("exportedBy").asString()).isEqualTo("admin@ccbench.test");
        JsonNode account = file.get("userAccount");
        assertThat(account.get("name").asString()).isEqualTo("Client A Sourcing");
        assertThat(account.get("organisation").asString()).isEqualTo("Client A");
        assertThat(texts(account.get("roles"))).containsExactly("SOURCING_MANAGER");
        assertThat(file.get("apiTokensCreated").get(0).get("name").asString()).isEqualTo("Reporting");
        JsonNode invitations = file.get("surveyInvitations");
        assertThat(invitations).hasSize(2);
        assertThat(invitations.get(0).get("campaign").asString()).isEqualTo("Access named");
        assertThat(invitations.get(0).get("anonymousCampaign").asBoolean()).isFalse();
        assertThat(invitations.get(1).get("anonymousCampaign").asBoolean()).isTrue();
        assertThat(invitations.get(1).get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode responses = file.get("namedResponses");
        assertThat(responses).as("only the named campaign's response is linked to the address").hasSize(1);
        assertThat(responses.get(0).get("campaign").asString()).isEqualTo("Access named");
        List<String> answers = new ArrayList<>();
        responses.get(0).get("answers").forEach(answer -> answers.add(answer.get("questionId").asString() + "="
                + answer.get("answer").asString()));
        assertThat(answers).contains("t_strength=Fine", "p_sector=other");
        JsonNode strength = responses.get(0).get("answers").valueStream()
                .filter(answer -> answer.get("questionId").asString().equals("t_strength")).findFirst().orElseThrow();
        assertThat(strength.get("question").asString()).isEqualTo("What is the strongest point of this contact center?");
        assertThat(file.get("emailsToThisAddress")).hasSize(2);
        assertThat(file.get("recordsNamingThisAddress").get("api_token.created_by").asInt()).isEqualTo(1);
        assertThat(file.get("auditEventsAsActor").valueStream().map(e -> e.get("action").asString()))
                .contains("API_TOKEN_CREATED");
        assertThat(texts(file.get("notes"))).anyMatch(note -> note.startsWith("Responses to anonymous campaigns"));

        var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SUBJECT_ACCESS_EXPORTED")).fetchSingle();
        assertThat(event.getActor()).isEqualTo("admin@ccbench.test");
        assertThat(event.getDetail()).isEqualTo(PERSON.toUpperCase(Locale.ROOT)
                + ": user account, 2 invitations, 1 named responses, 2 e-mails, 1 audit events");
    }

    @Test
    void theFileSaysWhichDigestThePersonChoseAndWhenTheyEnrolledTwoFactorSignInButNotTheSecret() {
        JsonNode before = JsonMapper.builder().build().readTree(access.export(PERSON, Locale.ENGLISH).json())
                .get("userAccount");
        assertThat(before.get("todoDigest").asString()).isEqualTo("ROLE_DEFAULT");
        assertThat(before.get("twoFactorEnrolledAt").isNull()).isTrue();
        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(PERSON)).fetchSingle(APP_USER.ID);
        dsl.insertInto(USER_TWO_FACTOR).set(USER_TWO_FACTOR.USER_ID, userId)
                .set(USER_TWO_FACTOR.SECRET_ENCRYPTED, "encrypted-secret").set(USER_TWO_FACTOR.LAST_USED_STEP, 0L)
                .set(USER_TWO_FACTOR.ENROLLED_AT, OffsetDateTime.parse("2026-01-05T10:00:00+01:00")).execute();
        dsl.insertInto(TODO_DIGEST).set(TODO_DIGEST.USER_ID, userId).set(TODO_DIGEST.FREQUENCY, "DAILY").execute();

        String json = new String(access.export(PERSON, Locale.ENGLISH).json(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode account = JsonMapper.builder().build().readTree(json).get("userAccount");

        assertThat(account.get("todoDigest").asString()).isEqualTo("DAILY");
        assertThat(OffsetDateTime.parse(account.get("twoFactorEnrolledAt").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-01-05T10:00:00+01:00").toInstant());
        assertThat(json).doesNotContain("encrypted-secret");
    }

    @Test
    void theNotesAreInTheAdministratorsLanguage() {
        JsonNode file = JsonMapper.builder().build().readTree(access.export(PERSON, Locale.of("nl")).json());

        assertThat(texts(file.get("notes"))).anyMatch(note -> note.startsWith("Antwoorden op anonieme rondes"));
    }

    @Test
    void onlyTheAdministratorMayExport() {
        SignIn.as(world.clientA().sourcingManager());

        assertThatThrownBy(() -> access.export(PERSON, Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUBJECT_ACCESS_EXPORTED"))).isZero();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
