package org.ccbench.kpi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ccbench.db.Tables.API_TOKEN;
import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;

import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.Refusals;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** API tokens on the real database: the secret shown once and stored only as a hash, each organisation its own. */
@DemoPortalTest
class ApiTokenServiceTest {

    static final String DELTA = "vendor@callcenter-delta.example";
    static final String SERVICEHUB = "vendor@servicehub.example";
    static final String CENTER = "center@noordzee-energie.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";

    @Autowired
    ApiTokenService service;

    @Autowired
    ApiTokenAuthenticator authenticator;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void noTokens() {
        dsl.deleteFrom(API_TOKEN).execute();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        NewApiToken created = as(DELTA, () -> service.create("  Nightly export  "));

        assertThat(created.secret()).startsWith("ccb_").hasSize(4 + 43).matches("ccb_[A-Za-z0-9_-]+");
        assertThat(created.token().name()).isEqualTo("Nightly export");
        assertThat(created.token().prefix()).hasSize(12).isEqualTo(created.secret().substring(0, 12));
        assertThat(created.token().createdBy()).isEqualTo(DELTA);
        var row = dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(created.token().id())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(TokenSecrets.hash(created.secret())).hasSize(64)
                .isNotEqualTo(created.secret());
        assertThat(row.intoList()).noneMatch(value -> created.secret().equals(value));
        assertThat(as(DELTA, () -> service.create("Second")).secret()).isNotEqualTo(created.secret());
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    void aTokenAuthenticatesAsItsOrganisationUntilItIsRevoked() {
        NewApiToken vendorToken = as(DELTA, () -> service.create("WFM"));
        NewApiToken clientToken = as(CENTER, () -> service.create("In-house feed"));

        var vendor = authenticator.authenticate(vendorToken.secret()).orElseThrow();
        assertThat(vendor.getPrincipal().roles()).containsExactly(org.ccbench.security.Role.VENDOR);
        assertThat(vendor.getPrincipal().organisationId())
                .isEqualTo(principal(DELTA).organisationId());
        assertThat(vendor.auditName()).isEqualTo("api-token:" + vendorToken.token().prefix() + " (WFM)");
        var client = authenticator.authenticate(clientToken.secret()).orElseThrow();
        assertThat(client.getPrincipal().roles()).containsExactly(org.ccbench.security.Role.CENTER_MANAGER);
        assertThat(as(DELTA, () -> service.list()).getFirst().lastUsedAt()).as("last use recorded").isNotNull();

        assertThat(authenticator.authenticate(vendorToken.secret() + "x")).isEmpty();
        assertThat(authenticator.authenticate("not-a-token")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();

        ApiToken revoked = as(DELTA, () -> service.revoke(vendorToken.token().id()));
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo(DELTA);
        assertThat(authenticator.authenticate(vendorToken.secret())).isEmpty();
        assertThat(authenticator.authenticate(clientToken.secret())).isPresent();
    }

    @Test
    void aTokenFollowsItsCreatorDisabledMovedOrWithoutTheRoleEndsItAtOnce() {
        NewApiToken token = as(DELTA, () -> service.create("Follows its creator"));
        long creator = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(DELTA)).fetchSingle(APP_USER.ID);
        long organisation = principal(DELTA).organisationId();
        assertThat(authenticator.authenticate(token.secret())).isPresent();

        try {
            dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(creator)).execute();
            assertThat(authenticator.authenticate(token.secret())).as("creator disabled").isEmpty();
            dsl.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.ID.eq(creator)).execute();
            assertThat(authenticator.authenticate(token.secret())).as("enabled again").isPresent();

            long other = principal(SERVICEHUB).organisationId();
            dsl.update(APP_USER).set(APP_USER.ORGANISATION_ID, other).where(APP_USER.ID.eq(creator)).execute();
            assertThat(authenticator.authenticate(token.secret())).as("creator moved").isEmpty();
            dsl.update(APP_USER).set(APP_USER.ORGANISATION_ID, organisation).where(APP_USER.ID.eq(creator)).execute();

            dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(creator),
                    APP_USER_ROLE.ROLE.eq(Role.VENDOR.name())).execute();
            assertThat(authenticator.authenticate(token.secret())).as("creator lost the role").isEmpty();
        } finally {
            dsl.update(APP_USER).set(APP_USER.ENABLED, true).set(APP_USER.ORGANISATION_ID, organisation)
                    .where(APP_USER.ID.eq(creator)).execute();
            if (!dsl.fetchExists(APP_USER_ROLE, APP_USER_ROLE.USER_ID.eq(creator),
                    APP_USER_ROLE.ROLE.eq(Role.VENDOR.name()))) {
                dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, creator)
                        .set(APP_USER_ROLE.ROLE, Role.VENDOR.name()).execute();
            }
        }
        assertThat(authenticator.authenticate(token.secret())).as("all restored").isPresent();
    }

    @Test
    void eachOrganisationListsAndRevokesOnlyItsOwnTokens() {
        NewApiToken delta = as(DELTA, () -> service.create("Delta feed"));
        as(SERVICEHUB, () -> service.create("ServiceHub feed"));

        assertThat(as(DELTA, () -> service.list())).extracting(ApiToken::name).containsExactly("Delta feed");
        assertThat(as(SERVICEHUB, () -> service.list())).extracting(ApiToken::name)
                .containsExactly("ServiceHub feed");
        assertThat(as(CENTER, () -> service.list())).isEmpty();
        assertThatThrownBy(() -> as(SERVICEHUB, () -> service.revoke(delta.token().id())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> as(CENTER, () -> service.revoke(delta.token().id())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(authenticator.authenticate(delta.secret())).isPresent();
        NewApiToken sourcing = as(SOURCING, () -> service.create("Sourcing BI"));
        assertThat(authenticator.authenticate(sourcing.secret()).orElseThrow().getPrincipal().roles()).as("a token has its creator's roles")
                .isEqualTo(java.util.Set.of(org.ccbench.security.Role.SOURCING_MANAGER));
        NewApiToken center = as(CENTER, () -> service.create("Center BI"));
        assertThat(authenticator.authenticate(center.secret()).orElseThrow().getPrincipal().roles())
                .isEqualTo(java.util.Set.of(org.ccbench.security.Role.CENTER_MANAGER));
    }

    @Test
    void aTokenNeedsANameOfAtMost100Characters() {
        assertThat(Refusals.validationErrors(() -> as(DELTA, () -> service.create("  "))))
                .containsExactly(Refusals.error("name", "validation.required"));
        assertThat(Refusals.validationErrors(() -> as(DELTA, () -> service.create("x".repeat(101)))))
                .containsExactly(Refusals.error("name", "apiTokens.error.nameTooLong"));
        assertThat(as(DELTA, () -> service.create("x".repeat(100))).token().name()).hasSize(100);
    }

    @Test
    void creatingAndRevokingAreAudited() {
        NewApiToken created = as(DELTA, () -> service.create("Audited"));
        as(DELTA, () -> service.revoke(created.token().id()));
        as(DELTA, () -> service.revoke(created.token().id()));

        String label = created.token().prefix() + " (Audited)";
        assertThat(auditLog.of("api_token", created.token().id()))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::detail)
                .containsExactly(tuple("API_TOKEN_CREATED", DELTA, label), tuple("API_TOKEN_REVOKED", DELTA, label));
    }

    private SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as(principal(email), action);
    }
}
