package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser is told on every page and static file: the content security policy the portal runs under, no MIME
 * sniffing, no referrer to other sites, no camera or microphone, HSTS once the client came over https, a session
 * cookie that another site's request does not carry, and a sign-in form that only this site can post.
 */
@OperationsHttpTest
class SecurityHeadersHttpTest {

    private static final String DEMO_PASSWORD = "ccbench-demo";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/styles/ccbench.css", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/"})
    void everyResponseCarriesThePortalsSecurityHeaders(String path) throws Exception {
        HttpHeaders headers = Http.localhost(port).get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).as(path + " " + headers.map()).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("*"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
    }

    @Test
    void httpsClientsAreToldToStayOnHttps() throws Exception {
        HttpHeaders headers = Http.localhost(port).get("/login", "X-Forwarded-Proto", "https").headers();

        assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts)
                .contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void theSessionCookieStaysHomeOnCrossSiteRequests() throws Exception {
        HttpResponse<String> login = Http.localhost(port).get("/login");

        assertThat(Http.sessionCookie(login)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aSignInPostedFromAnotherSiteWithoutTheFormsTokenIsRefused() throws Exception {
        HttpResponse<String> crossSite = Http.localhost(port).postForm("/login",
                "username=" + encode("vendor@callcenter-delta.example") + "&password=" + DEMO_PASSWORD,
                "Origin", "https://evil.example");

        String answer = crossSite.statusCode() + " " + crossSite.headers().firstValue("Location").orElse("");
        assertThat(answer).as("a forged sign-in must not sign the browser in (before: 302 to the start page)")
                .matches("403 |302 http://localhost:\\d+/login(;jsessionid=\\w+)?");
    }

    @Test
    void theSignInFormOfThePortalStillSignsIn() throws Exception {
        HttpResponse<String> signIn = Http.localhost(port).signIn("username="
                + encode("vendor@callcenter-delta.example") + "&password=" + DEMO_PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error").doesNotContain("login"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
