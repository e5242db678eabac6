package org.ccbench.security.totp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.db.Tables.TWO_FACTOR_REQUIREMENT;
import static org.ccbench.db.Tables.USER_TWO_FACTOR;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.HomeView;
import org.ccbench.organisation.ContractService;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.totp.EnrolledUser;
import org.ccbench.security.totp.PasswordVerifiedAuthentication;
import org.ccbench.security.totp.Totp;
import org.ccbench.security.totp.TwoFactorService;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signing in with a password and a code from an authenticator app, through the real authentication provider and the
 * real views, on the fixed test clock: after the password alone no page and no data is reachable; a right code opens
 * the portal, a used one does not; a role that requires two-step verification makes its users enrol at once; the
 * administrator's reset removes a lost phone.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class TwoFactorSignInViewTest extends SpringBrowserlessTest {

    private static final String VENDOR = "vendor@callcenter-delta.example";
    private static final String SOURCING = "sourcing@noordzee-energie.example";
    private static final String ADMIN = "admin@ccbench.example";
    private static final long NOW_STEP = Totp.stepAt(TestClock.NOW);

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserDetailsService users;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    ContractService contracts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DSLContext dsl;

    private final Totp totp = new Totp();

    @AfterEach
    void nobodyUsesTwoFactor() {
        dsl.deleteFrom(USER_TWO_FACTOR).execute();
        dsl.update(TWO_FACTOR_REQUIREMENT).set(TWO_FACTOR_REQUIREMENT.REQUIRED, false).execute();
        SecurityContextHolder.clearContext();
    }

    @Test
    void afterOnlyThePasswordNoPageOrDataIsReachableUntilAValidCode() throws Exception {
        byte[] secret = enrol(VENDOR);

        Authentication afterPassword = password(VENDOR);
        assertThat(afterPassword).isInstanceOf(PasswordVerifiedAuthentication.class);
        assertThat(afterPassword.getAuthorities()).as("no role before the second step").isEmpty();
        hold(afterPassword);

        navigate("contracts", TwoFactorView.class);
        assertThatThrownBy(() -> contracts.listMine()).as("services refuse the half-way sign-in")
                .isInstanceOf(AccessDeniedException.class);

        enterCode("000000");
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
        assertThat($(TextField.class).id("two-factor-code").isInvalid()).isTrue();

        enterCode(totp.code(secret, NOW_STEP + 1));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOf(SignedInUser.class);
        assertThat(contracts.listMine()).isNotEmpty();
        UI.getCurrent().navigate("contracts");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ContractsView");
    }

    @Test
    void aCodeUsedOnceIsRefusedTheSecondTimeAndTheFailureIsAudited() {
        byte[] secret = enrol(VENDOR);
        String code = totp.code(secret, NOW_STEP + 1);
        hold(password(VENDOR));
        navigate(TwoFactorView.class);
        enterCode(code);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);

        hold(password(VENDOR));
        navigate("contracts", TwoFactorView.class);
        enterCode(code);
        assertThat(getCurrentView()).as("replayed code").isInstanceOf(TwoFactorView.class);
        assertThat($(TextField.class).id("two-factor-code").getErrorMessage()).contains("4");
        enterCode(totp.code(secret, NOW_STEP));
        assertThat(getCurrentView()).as("a code older than the last one used").isInstanceOf(TwoFactorView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .isInstanceOf(PasswordVerifiedAuthentication.class);
        assertThat(auditLog.of("USER", userId(VENDOR))).extracting(AuditEvent::action)
                .containsSubsequence("TWO_FACTOR_ENROLLED", "TWO_FACTOR_FAILED", "TWO_FACTOR_FAILED");
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        SignIn.as((SignedInUser) users.loadUserByUsername(VENDOR));
        var enrolment = twoFactor.newEnrolment();
        String recovery = twoFactor.confirmEnrolment(enrolment.secret(),
                totp.code(Totp.fromBase32(enrolment.secret()), NOW_STEP)).getFirst();
        SignIn.out();

        hold(password(VENDOR));
        navigate(TwoFactorView.class);
        enterCode(recovery.toUpperCase());
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);

        hold(password(VENDOR));
        navigate(TwoFactorView.class);
        enterCode(recovery);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
    }

    @Test
    void theSecretIsStoredEncrypted() {
        SignIn.as((SignedInUser) users.loadUserByUsername(VENDOR));
        var enrolment = twoFactor.newEnrolment();
        twoFactor.confirmEnrolment(enrolment.secret(), totp.code(Totp.fromBase32(enrolment.secret()), NOW_STEP));
        String stored = dsl.select(USER_TWO_FACTOR.SECRET_ENCRYPTED).from(USER_TWO_FACTOR).fetchSingle().value1();
        assertThat(stored).startsWith("v1:").doesNotContain(enrolment.secret());
    }

    @Test
    void aRoleThatRequiresTwoFactorMakesItsUsersEnrolRightAfterThePassword() {
        SignIn.as((SignedInUser) users.loadUserByUsername(ADMIN));
        navigate(TwoFactorAdminView.class);
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).id("require-two-factor-sourcing_manager"))
                .click();
        assertThat(twoFactor.requirements()).containsEntry(Role.SOURCING_MANAGER, true)
                .containsEntry(Role.VENDOR, false);

        Authentication afterPassword = password(SOURCING);
        assertThat(afterPassword).isInstanceOfSatisfying(PasswordVerifiedAuthentication.class,
                signingIn -> assertThat(signingIn.mustEnrol()).isTrue());
        hold(afterPassword);
        navigate("contracts", TwoFactorView.class);
        assertThat($(Svg.class).id("enrol-qr").getElement().getProperty("innerHTML", ""))
                .as("the QR code, drawn on the server").startsWith("<svg").contains("<path d=\"M");
        assertThat($(Span.class).id("enrol-uri").getText()).startsWith("otpauth://totp/CCBench:");
        byte[] secret = Totp.fromBase32($(Span.class).id("enrol-secret").getText());
        test($(TextField.class).id("enrol-code")).setValue(totp.code(secret, NOW_STEP));
        test($(Button.class).id("enrol-confirm")).click();

        assertThat($(UnorderedList.class).id("recovery-codes").getChildren().filter(ListItem.class::isInstance))
                .hasSize(8);
        test($(Button.class).id("recovery-codes-done")).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(contracts.listMine()).isNotEmpty();
        assertThat(password(SOURCING)).as("next time: the code step").isInstanceOfSatisfying(
                PasswordVerifiedAuthentication.class, signingIn -> assertThat(signingIn.mustEnrol()).isFalse());
        assertThat(auditLog.of("ROLE", 0)).extracting(AuditEvent::action, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("TWO_FACTOR_REQUIREMENT_CHANGED",
                        "SOURCING_MANAGER: required"));
    }

    @Test
    void theAdministratorResetsALostPhone() {
        enrol(VENDOR);
        assertThat(password(VENDOR)).isInstanceOf(PasswordVerifiedAuthentication.class);

        SignIn.as((SignedInUser) users.loadUserByUsername(ADMIN));
        navigate(TwoFactorAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<EnrolledUser> enrolled = $(Grid.class).id("two-factor-users");
        assertThat(test(enrolled).size()).isOne();
        assertThat(test(enrolled).getCellText(0, 1)).isEqualTo(VENDOR);
        test((Button) test(enrolled).getCellComponent(0, "reset")).click();
        assertThat(test(enrolled).size()).isZero();
        assertThat(auditLog.of("USER", userId(VENDOR))).extracting(AuditEvent::action).contains("TWO_FACTOR_RESET");

        Authentication afterPassword = password(VENDOR);
        assertThat(afterPassword.getPrincipal()).as("signs in with the password alone again")
                .isInstanceOf(SignedInUser.class);
    }

    @Test
    void theUserTurnsItOffWithACurrentCodeOnTheirSecurityPage() {
        byte[] secret = enrol(VENDOR);
        SignIn.as((SignedInUser) users.loadUserByUsername(VENDOR));
        navigate(SecurityView.class);
        test($(TextField.class).id("two-factor-disable-code")).setValue("123456");
        test($(Button.class).id("two-factor-disable")).click();
        assertThat($(TextField.class).id("two-factor-disable-code").isInvalid()).isTrue();
        test($(TextField.class).id("two-factor-disable-code")).setValue(totp.code(secret, NOW_STEP + 1));
        test($(Button.class).id("two-factor-disable")).click();
        assertThat($(Button.class).id("two-factor-set-up").isVisible()).isTrue();
        assertThat(auditLog.of("USER", userId(VENDOR))).extracting(AuditEvent::action)
                .contains("TWO_FACTOR_DISABLED");
    }

    @Test
    void afterFiveWrongCodesNotEvenTheRightCodeIsAccepted() {
        byte[] secret = enrol(VENDOR);
        hold(password(VENDOR));
        for (int attempt = 1; attempt <= PasswordVerifiedAuthentication.MAX_FAILURES; attempt++) {
            assertThat(twoFactor.checkSignInCode("000000")).isFalse();
        }
        assertThat(twoFactor.checkSignInCode(totp.code(secret, NOW_STEP + 1))).isFalse();
        assertThat(auditLog.of("USER", userId(VENDOR))).extracting(AuditEvent::detail)
                .contains(VENDOR + "; wrong code 5 of 5 at sign-in");
    }

    private long userId(String email) {
        return ((SignedInUser) users.loadUserByUsername(email)).userId();
    }

    private void enterCode(String code) {
        test($(TextField.class).id("two-factor-code")).setValue(code);
        test($(Button.class).id("two-factor-verify")).click();
    }

    private byte[] enrol(String email) {
        SignIn.as((SignedInUser) users.loadUserByUsername(email));
        var enrolment = twoFactor.newEnrolment();
        byte[] secret = Totp.fromBase32(enrolment.secret());
        assertThat(twoFactor.confirmEnrolment(enrolment.secret(), totp.code(secret, NOW_STEP))).hasSize(8);
        SignIn.out();
        return secret;
    }

    private Authentication password(String email) {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "ccbench-demo"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the login filter does with the provider's result: the session holds it from now on. */
    private static void hold(Authentication signedIn) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
