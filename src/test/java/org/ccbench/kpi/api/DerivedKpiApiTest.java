package org.ccbench.kpi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ccbench.kpi.KpiPreview;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derived KPIs over the API on the demo months of Zwolle telefonie: an approved month gives its approved revision's
 * KPIs (as the form's preview derives them from the same inputs), the last month (submitted, not yet approved) only
 * the latest revision's, a month without data is MISSING; paging, bad months and another organisation's unit.
 */
@DemoPortalTest
class DerivedKpiApiTest {

    static final YearMonth APPROVED = TestClock.THIS_MONTH.minusMonths(2);
    static final YearMonth SUBMITTED = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    ApiCalls api;
    NewApiToken delta;
    NewApiToken servicehub;
    long zwolle;

    @BeforeEach
    void tokens() throws Exception {
        api = ApiCalls.on(context);
        KpiTables.demoMonths(dsl, runners);
        api.withoutTokens();
        delta = api.token("vendor@callcenter-delta.example", "Delta BI");
        servicehub = api.token("vendor@servicehub.example", "Hub BI");
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void anApprovedMonthGivesTheApprovedRevisionsKpisWithUnitsAndDecimals() throws Exception {
        Submission month = SignIn.as(api.principal("vendor@callcenter-delta.example"),
                () -> submissions.find(zwolle, APPROVED)).orElseThrow();
        Revision approved = month.approved().orElseThrow();
        List<KpiPreview> expected = SignIn.as(api.principal("vendor@callcenter-delta.example"),
                () -> submissions.preview(zwolle, APPROVED, approved.values(), Locale.ENGLISH));
        String body = api.call(get("/api/v1/units/" + zwolle + "/kpis/" + APPROVED), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approved.revision").value(approved.number()))
                .andExpect(jsonPath("$.approved.status").value("APPROVED"))
                .andExpect(jsonPath("$.latest.revision").value(month.latest().number()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode kpis = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(body).get("approved").get("kpis");
        assertThat(kpis.size()).isEqualTo(expected.size()).isPositive();
        for (int i = 0; i < expected.size(); i++) {
            KpiPreview kpi = expected.get(i);
            JsonNode given = kpis.get(i);
            assertThat(given.get("label").asString()).isEqualTo(kpi.label());
            assertThat(given.get("unit").asString()).isEqualTo(kpi.unit());
            BigDecimal value = given.get("value").isNull() ? null : given.get("value").decimalValue();
            assertThat(value).as(kpi.label()).isEqualTo(kpi.value());
            if (kpi.label().startsWith("SL[")) {
                assertThat(given.get("decimals").asInt()).isEqualTo(1);
                assertThat(given.get("unit").asString()).isEqualTo("percent");
                assertThat(value.scale()).as("rounded to the catalogue's decimals").isEqualTo(1);
            }
        }
    }

    @Test
    void aSubmittedMonthHasOnlyItsLatestRevisionAndAMonthWithoutDataIsMissing() throws Exception {
        api.call(get("/api/v1/units/" + zwolle + "/kpis/" + SUBMITTED), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.approved").isEmpty())
                .andExpect(jsonPath("$.latest.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.latest.kpis[?(@.label == 'SL[phone]')].name").exists());
        api.call(get("/api/v1/units/" + zwolle + "/kpis/" + TestClock.THIS_MONTH.plusMonths(6)), delta)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MISSING"))
                .andExpect(jsonPath("$.latest").isEmpty());
    }

    @Test
    void monthsArePagedOldestFirst() throws Exception {
        api.call(get("/api/v1/units/" + zwolle + "/kpis").param("from", APPROVED.minusMonths(5).toString())
                .param("to", SUBMITTED.toString()).param("size", "4").param("page", "1"), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].period").value(APPROVED.minusMonths(1).toString()))
                .andExpect(jsonPath("$.items[2].period").value(SUBMITTED.toString()));
    }

    @Test
    void badMonthsPagesAndAnotherOrganisationsUnitAreRefused() throws Exception {
        api.call(get("/api/v1/units/" + zwolle + "/kpis/2026-1"), delta).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.call(get("/api/v1/units/" + zwolle + "/kpis").param("size", "1000"), delta)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("'size'")));
        api.call(get("/api/v1/units/" + zwolle + "/kpis").param("from", "2026-05").param("to", "2026-01"), delta)
                .andExpect(status().isBadRequest());
        api.call(get("/api/v1/units/" + zwolle + "/kpis/" + APPROVED), servicehub).andExpect(status().isNotFound());
        api.call(get("/api/v1/units/" + zwolle + "/kpis").param("page", "50"), servicehub)
                .andExpect(status().isNotFound());
        api.anonymous(get("/api/v1/units/" + zwolle + "/kpis")).andExpect(status().isUnauthorized());
    }


}
