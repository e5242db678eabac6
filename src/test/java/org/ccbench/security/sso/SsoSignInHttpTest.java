package org.ccbench.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.sso.internal.SsoConfigurationRepository;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Security's authorization server, started here on its
 * own port): the whole authorization-code flow over HTTP, from the login page's routing through the provider's login
 * form and consent back to a portal session, and the refusals. Noordzee Energie signs in through the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.class)
@TestPropertySource(properties = "ccbench.test.database-name=sso")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoSignInHttpTest {

    static final String DOMAIN = "noordzee-energie.example";
    /** Center manager of Noordzee Energie in the demo data. */
    static final String MEMBER = "center@noordzee-energie.example";
    /** Known to the provider, unknown to the portal. */
    static final String STRANGER = "nobody@noordzee-energie.example";
    /** A portal user whose address the provider does not verify. */
    static final String UNVERIFIED = "sourcing@noordzee-energie.example";
    /** A portal user of another organisation (Callcenter Delta), who also exists at this provider. */
    static final String OTHER_ORGANISATION = "vendor@callcenter-delta.example";

    @LocalServerPort
    int port;
    @Autowired
    SsoConfigurationService sso;
    @Autowired
    SsoClientRegistrations registrations;
    @Autowired
    SsoConfigurationRepository stored;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ServletWebServerApplicationContext web;

    TestIdentityProvider provider;
    long noordzee;
    SignedInUser admin;

    @BeforeAll
    void startProviderAndConfigureNoordzee() {
        noordzee = user(MEMBER).organisationId();
        admin = user("admin@ccbench.example");
        provider = TestIdentityProvider.start(portal("/login/oauth2/code/org-" + noordzee), UNVERIFIED,
                MEMBER, STRANGER, UNVERIFIED, OTHER_ORGANISATION);
        SignIn.as(admin, () -> sso.save(noordzee, null, configuration(TestIdentityProvider.CLIENT_ID, true)));
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    @Test
    void memberSignsInThroughTheProviderAndGetsThePortalsRolesAndOrganisation() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> end = signInAtProvider(browser, MEMBER);

        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.uri().toString()).isEqualTo(portal("/"));
        assertThat(browser.visited()).anyMatch(step -> step.startsWith("GET " + portal("/login/oauth2/code/org-"
                + noordzee + "?code=")));
        SignedInUser signedIn = (SignedInUser) sessionContext(browser).getAuthentication().getPrincipal();
        assertThat(signedIn.email()).isEqualTo(MEMBER);
        assertThat(signedIn.roles()).containsExactly(Role.CENTER_MANAGER);
        assertThat(signedIn.organisationId()).isEqualTo(noordzee);
        assertThat(signedIn.passwordHash()).isNull();
        assertThat(sessionContext(browser).getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_CENTER_MANAGER");

        // the next request goes through the per-request reload of the principal and stays signed in
        HttpResponse<String> next = browser.get(portal("/kpi"));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(sessionContext(browser).getAuthentication().getPrincipal()).isEqualTo(signedIn);
    }

    @Test
    void providerUserWithoutAPortalAccountIsRefusedAndNoAccountIsCreated() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> end = signInAtProvider(browser, STRANGER);

        assertRefused(browser, end, STRANGER, SsoSignInRefused.Reason.NO_ACCOUNT);
        assertThatThrownBy(() -> users.loadUserByUsername(STRANGER)).isNotNull();
    }

    @Test
    void userOfAnotherOrganisationsDomainCannotSignInThroughThisProvider() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> end = signInAtProvider(browser, OTHER_ORGANISATION);

        assertRefused(browser, end, OTHER_ORGANISATION, SsoSignInRefused.Reason.DOMAIN_NOT_ROUTED);
    }

    @Test
    void addressTheProviderHasNotVerifiedIsRefused() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> end = signInAtProvider(browser, UNVERIFIED);

        assertRefused(browser, end, UNVERIFIED, SsoSignInRefused.Reason.EMAIL_NOT_VERIFIED);
    }

    @Test
    void signInThroughAnOrganisationWithoutSingleSignOnReturnsToTheLoginPage() throws Exception {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> unknown = browser.get(portal("/oauth2/authorization/org-987654"));

        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.uri().resolve(CookieBrowser.location(unknown)).toString())
                .isEqualTo(portal("/login?sso-failed"));
    }

    @Test
    void loginPageRoutesAnAddressByItsDomain() {
        SsoRoute member = sso.routeFor(" Center@Noordzee-Energie.example ");
        assertThat(member.kind()).isEqualTo(SsoRoute.Kind.PROVIDER);
        assertThat(member.path()).isEqualTo("/oauth2/authorization/org-" + noordzee + "?login_hint="
                + URLEncoder.encode(MEMBER, StandardCharsets.UTF_8));
        assertThat(sso.routeFor("vendor@servicehub.example").kind()).isEqualTo(SsoRoute.Kind.PASSWORD);
        assertThat(sso.routeFor("no address").kind()).isEqualTo(SsoRoute.Kind.INVALID_EMAIL);
    }

    @Test
    void passwordSignInIsRefusedOnlyWhileTheOrganisationSwitchedPasswordsOff() throws Exception {
        assertThat(passwordSignIn(MEMBER).getRedirectedUrl()).isNull();
        assertThat(passwordSignIn("unknown@servicehub.example").getRedirectedUrl()).isNull();
        SignIn.as(admin, () -> sso.save(noordzee, version(), configuration(TestIdentityProvider.CLIENT_ID, false)));
        try {
            assertThat(passwordSignIn(MEMBER).getRedirectedUrl()).isEqualTo("/login?password-off");
            assertThat(passwordSignIn("someone-new@noordzee-energie.example").getRedirectedUrl())
                    .isEqualTo("/login?password-off");
            assertThat(passwordSignIn(OTHER_ORGANISATION).getRedirectedUrl()).isNull();
        } finally {
            SignIn.as(admin, () -> sso.save(noordzee, version(), configuration(TestIdentityProvider.CLIENT_ID, true)));
        }
    }

    @Test
    void changedConfigurationIsAuditedAndUsedAtTheNextSignIn() {
        String registrationId = "org-" + noordzee;
        assertThat(registrations.findByRegistrationId(registrationId).getClientId())
                .isEqualTo(TestIdentityProvider.CLIENT_ID);
        SignIn.as(admin, () -> sso.save(noordzee, version(), configuration("renamed-client", true)));
        try {
            assertThat(registrations.findByRegistrationId(registrationId).getClientId()).isEqualTo("renamed-client");
            assertThat(registrations.findByRegistrationId(registrationId).getClientSecret())
                    .isEqualTo(TestIdentityProvider.CLIENT_SECRET);
            long id = stored.findByOrganisation(noordzee).orElseThrow().id();
            assertThat(auditLog.of(SsoConfigurationService.SUBJECT, id)).extracting(AuditEvent::action)
                    .startsWith("SSO_CONFIGURED").contains("SSO_CHANGED");
        } finally {
            SignIn.as(admin, () -> sso.save(noordzee, version(),
                    configuration(TestIdentityProvider.CLIENT_ID, true)));
        }
    }

    @Test
    void clientSecretIsStoredEncrypted() {
        String sealed = stored.findByOrganisation(noordzee).orElseThrow().sealedSecret();
        assertThat(sealed).startsWith("v1:").doesNotContain(TestIdentityProvider.CLIENT_SECRET);
    }

    @Test
    void domainOfAnotherOrganisationPlainHttpOutsideTheDemoAndBadDomainsAreRefused() {
        long delta = user(OTHER_ORGANISATION).organisationId();
        SsoConfigurationData taken = new SsoConfigurationData("https://idp.callcenter-delta.example", "delta", "s",
                "callcenter-delta.example, " + DOMAIN, true, true);
        assertFieldErrors(() -> sso.save(delta, null, taken), new FieldError("domains", "sso.error.domainTaken"));
        SsoConfigurationData bad = new SsoConfigurationData("https://idp.example/realm?x=1", "", "", "not_a domain",
                false, false);
        assertFieldErrors(() -> sso.save(delta, null, bad),
                new FieldError("issuerUri", "sso.error.issuerSyntax"),
                new FieldError("clientId", "validation.required"),
                new FieldError("clientSecret", "validation.required"),
                new FieldError("domains", "sso.error.domainSyntax"),
                new FieldError("passwordSignInAllowed", "sso.error.noWayIn"));
        assertThat(SsoConfigurationService.domainsOf("@A.example;b.example\n a.example")).containsExactly("a.example",
                "b.example");
    }

    private HttpResponse<String> signInAtProvider(CookieBrowser browser, String email) throws Exception {
        assertThat(browser.get(portal("/login")).statusCode()).isEqualTo(200);
        SsoRoute route = sso.routeFor(email);
        assertThat(route.kind()).as("routing of " + email).isIn(SsoRoute.Kind.PROVIDER, SsoRoute.Kind.PASSWORD);
        String path = route.kind() == SsoRoute.Kind.PROVIDER ? route.path()
                : "/oauth2/authorization/org-" + noordzee; // another domain's user who goes to this provider anyway
        HttpResponse<String> toProvider = browser.get(portal(path));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(CookieBrowser.location(toProvider)).startsWith(provider.issuer() + "/oauth2/authorize?");
        if (route.kind() == SsoRoute.Kind.PROVIDER) {
            assertThat(URLDecoder.decode(CookieBrowser.location(toProvider), StandardCharsets.UTF_8))
                    .contains("&login_hint=" + email);
        }

        HttpResponse<String> loginForm = browser.follow(toProvider);
        assertThat(loginForm.uri().toString()).isEqualTo(provider.issuer() + "/login");
        Map<String, List<String>> form = CookieBrowser.inputs(loginForm.body());
        form.put("username", List.of(email));
        form.put("password", List.of(TestIdentityProvider.PASSWORD));
        HttpResponse<String> afterLogin = browser.follow(browser.post(provider.issuer() + "/login", form));

        if (afterLogin.uri().toString().startsWith(provider.issuer())) {
            assertThat(afterLogin.body()).contains("Consent required");
            Map<String, List<String>> consent = CookieBrowser.inputs(afterLogin.body());
            return browser.follow(browser.post(provider.issuer() + "/oauth2/authorize", consent));
        }
        return afterLogin;
    }

    private void assertRefused(CookieBrowser browser, HttpResponse<String> end, String email,
                               SsoSignInRefused.Reason reason) {
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.uri().toString()).isEqualTo(portal("/login?sso-refused"));
        SecurityContext context = sessionContext(browser);
        assertThat(context == null || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof SignedInUser)).isTrue();
        Session session = session(browser);
        assertThat(session.getSession().getAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE)).isEqualTo(email);
        assertThat(session.getSession().getAttribute(SsoLoginOutcome.REASON_ATTRIBUTE)).isEqualTo(reason.name());
        assertThat(auditLog.of("ORGANISATION", noordzee))
                .anyMatch(event -> event.action().equals("SSO_SIGN_IN_REFUSED")
                        && event.detail().equals(email + ": " + reason));
    }

    private MockHttpServletResponse passwordSignIn(String email) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", email);
        request.setParameter("password", "whatever");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new PasswordSignInGuard(sso).doFilter(request, response, new MockFilterChain());
        return response;
    }

    private void assertFieldErrors(Runnable save, FieldError... expected) {
        assertThatThrownBy(() -> SignIn.as(admin, save)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactlyInAnyOrder(expected));
    }

    private SecurityContext sessionContext(CookieBrowser browser) {
        Session session = session(browser);
        return session == null ? null
                : (SecurityContext) session.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
    }

    private Session session(CookieBrowser browser) {
        String id = browser.cookie(portal("/"), "JSESSIONID").orElseThrow();
        Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return context.getManager().findSession(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int version() {
        return stored.findByOrganisation(noordzee).orElseThrow().version();
    }

    private SsoConfigurationData configuration(String clientId, boolean passwords) {
        return new SsoConfigurationData(provider.issuer(), clientId, TestIdentityProvider.CLIENT_SECRET, DOMAIN,
                true, passwords);
    }

    private SignedInUser user(String email) {
        return (SignedInUser) users.loadUserByUsername(email);
    }

    private String portal(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
