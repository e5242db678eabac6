package org.ccbench.kpi.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Over real HTTP (the servlet container's error page is what redirected to the login page): a failure on
 * {@code /api/v1}, in a controller or in a filter, is a 500 problem document whose reference is in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import({TestClock.class, ApiServerErrorHttpTest.Failing.class})
@TestPropertySource(properties = "ccbench.test.database-name=apierrors")
@ExtendWith(OutputCaptureExtension.class)
class ApiServerErrorHttpTest {

    static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(api-[0-9a-f]{12})\"");

    @TestConfiguration(proxyBeanMethods = false)
    static class Failing {

        /** Registered as a member class of this configuration, so only in this test's context. */
        @RestController
        static class FailingController {

            @GetMapping("/api/v1/test/failure")
            String fail() {
                throw new IllegalStateException("the controller broke");
            }
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException("a filter broke");
            });
            registration.addUrlPatterns("/api/v1/test/filter-failure");
            return registration;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;

    @BeforeEach
    void token() {
        token = SignIn.as((SignedInUser) userDetails.loadUserByUsername("vendor@callcenter-delta.example"),
                () -> tokens.create("Error probe")).secret();
    }

    @Test
    void aControllerFailureIsAProblemDocumentWithAReferenceThatIsInTheLog(CapturedOutput log) throws Exception {
        HttpResponse<String> response = get("/api/v1/test/failure");

        assertServerErrorProblem(response, log, "the controller broke");
    }

    @Test
    void aFailureBeforeTheControllerIsAProblemDocumentToo(CapturedOutput log) throws Exception {
        HttpResponse<String> response = get("/api/v1/test/filter-failure");

        assertServerErrorProblem(response, log, "a filter broke");
    }

    @Test
    void refusalsOfSpringItselfKeepTheirStatus() throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/units")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("reference");
    }

    private void assertServerErrorProblem(HttpResponse<String> response, CapturedOutput log, String cause) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":500", "server-error").doesNotContain(cause);
        Matcher reference = REFERENCE.matcher(response.body());
        assertThat(reference.find()).as("a reference in %s", response.body()).isTrue();
        assertThat(log.getOut()).contains("reference " + reference.group(1)).contains(cause);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
    }
}
