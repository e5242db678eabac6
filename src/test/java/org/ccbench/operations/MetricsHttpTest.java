package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Prometheus endpoint over real HTTP: closed without the metrics token (401), open with it, and the portal's own
 * counters move when a vendor's program saves a month or downloads a scorecard through the API.
 */
@OperationsHttpTest
class MetricsHttpTest {

    private static final String SAVED_BY_MONTH = "ccbench_submissions_total{event=\"draft_saved\",via=\"month\"}";
    private static final String SCORECARD_PDFS = "ccbench_exports_total{format=\"pdf\",kind=\"scorecard\"}";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    private String vendorToken;

    @BeforeEach
    void noMonthsStoredAndAVendorToken() {
        KpiTables.empty(dsl);
        vendorToken = SignIn.as((SignedInUser) userDetails.loadUserByUsername("vendor@callcenter-delta.example"),
                () -> tokens.create("Metrics probe")).secret();
    }

    @Test
    void theMetricsAreClosedWithoutTheToken() throws Exception {
        HttpResponse<String> none = http().get("/actuator/prometheus");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(none.body()).doesNotContain("ccbench_");
        assertThat(http().get("/actuator/prometheus", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", "Authorization",
                "Bearer " + OperationsHttpTest.METRICS_TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", "Authorization", "Bearer " + vendorToken).statusCode())
                .as("an API token is not the metrics token").isEqualTo(401);

        HttpResponse<String> scrape = scrape();
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count", "ccbench_uploads_total{outcome=\"refused\"}",
                "ccbench_uploads_unit_months_total", "ccbench_submissions_total{event=\"submitted\",via=\"upload\"}")
                .doesNotContain("ccbench_submissions_total{event=\"approved\",via=\"upload\"}");
    }

    @Test
    void savingAMonthThroughTheApiMovesTheSubmissionCounter() throws Exception {
        double before = Http.sample(scrape().body(), SAVED_BY_MONTH);
        long unit = KpiTables.unitId(dsl, "Zwolle telefonie");

        HttpResponse<String> saved = http().putJson("/api/v1/units/" + unit + "/submissions/"
                        + TestClock.THIS_MONTH.minusMonths(1), "{\"values\": {\"offered[phone]\": 1000}}",
                "Authorization", "Bearer " + vendorToken, "If-Match", "*");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        assertThat(Http.sample(scrape().body(), SAVED_BY_MONTH)).isEqualTo(before + 1);
    }

    @Test
    void aScorecardDownloadMovesTheExportCounter() throws Exception {
        double before = Http.sample(scrape().body(), SCORECARD_PDFS);
        long unit = KpiTables.unitId(dsl, "Zwolle telefonie");

        HttpResponse<String> pdf = http().get("/api/v1/contracts/" + unit + "/scorecard.pdf",
                "Authorization", "Bearer " + vendorToken);
        assertThat(pdf.statusCode()).isEqualTo(200);

        assertThat(Http.sample(scrape().body(), SCORECARD_PDFS)).isEqualTo(before + 1);
    }

    @Test
    void theMailGaugesCountTheMessagesInTheDatabase() throws Exception {
        long outbox = jdbc.queryForObject("select count(*) from mail_message where status = 'OUTBOX'", Long.class);
        assertThat(outbox).as("the demo's outbox").isPositive();

        String scrape = scrape().body();

        assertThat(Http.sample(scrape, "ccbench_mails{status=\"outbox\"}")).isEqualTo(outbox);
        assertThat(scrape).contains("ccbench_mails{status=\"queued\"}", "ccbench_mails{status=\"failed\"}",
                "ccbench_mails{status=\"sent\"}");
    }

    private HttpResponse<String> scrape() throws Exception {
        return http().get("/actuator/prometheus", "Authorization", "Bearer " + OperationsHttpTest.METRICS_TOKEN);
    }

    private Http http() {
        return Http.localhost(port);
    }
}
