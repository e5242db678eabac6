package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignData;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.InviteeRow;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Over real HTTP, without a session: the survey link reaches the application (Vaadin's security configurer lets
 * {@code @AnonymousAllowed} routes through, route templates included), while the rest of the portal asks for a login.
 * Needs a running server: the route check consults the initialised Vaadin servlet, which a mock environment lacks.
 */
@Import(TestClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "ccbench.test.database-name=surveyhttp")
class SurveyLinkHttpTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    CampaignService campaigns;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anonymousVisitorWithTheLinkGetsThePageAndNoLoginPrompt() throws Exception {
        LocalDate today = TestClock.TODAY;
        long id = campaigns.create(new CampaignData("HTTP link", "tote-m-style-client-satisfaction", "1.0.0", today,
                today.plusDays(30), true, false, Audience.CLIENTS));
        campaigns.addInvitees(id, List.of(new InviteeRow(2, "sourcing@noordzee-energie.example", "Noordzee Energie",
                "Zwolle telefonie", "en")));
        campaigns.launch(id);
        Matcher link = LINK.matcher(campaigns.outbox(id).getFirst().body());
        assertThat(link.find()).isTrue();

        HttpResponse<String> survey = get("/survey/" + link.group(1));
        assertThat(survey.statusCode()).isEqualTo(200);
        assertThat(survey.headers().firstValue("Location")).isEmpty();
        assertThat(get("/survey/" + "A".repeat(43)).statusCode()).as("unknown links too: the neutral page")
                .isEqualTo(200);

        HttpResponse<String> portal = get("/admin/users");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
