package org.ccbench.kpi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.API_TOKEN;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.audit.internal.RequestOrigin;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API end to end through the real security filter chains and MVC, on the demo data: tokens of Callcenter
 * Delta (vendor), ServiceHub (vendor) and Noordzee Energie (client, for its in-house operations).
 */
@DemoPortalTest
class KpiApiTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    WebApplicationContext context;

    @Autowired
    RequestOrigin requestOrigin;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    MockMvc mvc;
    NewApiToken delta;
    NewApiToken noordzee;
    long zwolle;

    @BeforeEach
    void tokensAndNoSubmissions() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(requestOrigin).build();
        KpiTables.empty(dsl);
        dsl.deleteFrom(API_TOKEN).execute();
        delta = SignIn.as(principal("vendor@callcenter-delta.example"), () -> tokens.create("Delta WFM"));
        noordzee = SignIn.as(principal("center@noordzee-energie.example"), () -> tokens.create("Noordzee BI"));
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void unitsAreTheTokenOrganisationsOwn() throws Exception {
        call(get("/api/v1/units"), delta).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].name", hasItems("Zwolle telefonie", "Gent social care")))
                .andExpect(jsonPath("$[*].name", not(hasItem("Gent overloop"))))
                .andExpect(jsonPath("$[?(@.name == 'Zwolle telefonie')].channels[*]", containsInAnyOrder("phone")))
                .andExpect(jsonPath("$[?(@.name == 'Zwolle telefonie')].vendor", hasItem("Callcenter Delta")));
        call(get("/api/v1/units"), noordzee).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Zwolle in-house")))
                .andExpect(jsonPath("$[*].inHouse", everyItem(org.hamcrest.Matchers.is(true))));
    }

    @Test
    void aVendorSavesADraftReadsItBackSubmitsItAndSeesItInTheOverview() throws Exception {
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON)
                .content(valuesJson(KpiMonths.forChannels(Set.of("phone")))), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revisions", hasSize(1)));

        call(get(monthPath(zwolle, LAST_MONTH)), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(zwolle))
                .andExpect(jsonPath("$.period").value(LAST_MONTH.toString()))
                .andExpect(jsonPath("$.revisions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.revisions[0].values['offered[phone]']").value(10000))
                .andExpect(jsonPath("$.revisions[0].values['staffed_hours']").value(1450.5))
                .andExpect(jsonPath("$.revisions[0].parameters['threshold_seconds']").value(30))
                .andExpect(jsonPath("$.revisions[0].createdBy").value(auditName(delta)));

        call(post(monthPath(zwolle, LAST_MONTH) + "/submit"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.revisions[0].submittedBy").value(auditName(delta)));

        call(get("/api/v1/submissions").param("from", LAST_MONTH.minusMonths(1).toString())
                .param("to", LAST_MONTH.toString()), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitId == " + zwolle + " && @.period == '" + LAST_MONTH
                        + "')].status", containsInAnyOrder("SUBMITTED")))
                .andExpect(jsonPath("$[?(@.unitId == " + zwolle + " && @.period == '" + LAST_MONTH.minusMonths(1)
                        + "')].status", containsInAnyOrder("MISSING")));
        call(get(monthPath(zwolle, LAST_MONTH.minusMonths(1))), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MISSING")).andExpect(jsonPath("$.revisions", hasSize(0)));
    }

    @Test
    void theAuditLogNamesTheTokenAndKeepsTheClientAddress() throws Exception {
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON)
                .content(valuesJson(KpiMonths.forChannels(Set.of("phone")))), delta).andExpect(status().isOk());
        long submissionId = SignIn.as(principal("vendor@callcenter-delta.example"),
                () -> submissions.find(zwolle, LAST_MONTH)).orElseThrow().id();

        assertThat(auditLog.of("kpi_submission", submissionId)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("DRAFT_SAVED");
            assertThat(event.actor()).isEqualTo("api-token:" + delta.token().prefix() + " (Delta WFM)");
            assertThat(event.origin()).isEqualTo("10.1.2.3");
        });
        assertThat(SignIn.as(principal("vendor@callcenter-delta.example"), () -> submissions.find(zwolle, LAST_MONTH))
                .orElseThrow().latest().values().get(InputKey.of("staffed_hours")))
                .as("JSON numbers are read exactly").isEqualByComparingTo("1450.5");
        assertThat(SignIn.as(principal("vendor@callcenter-delta.example"), () -> tokens.list()))
                .filteredOn(token -> token.id() == delta.token().id()).singleElement()
                .satisfies(token -> assertThat(token.lastUsedAt()).isNotNull());
    }

    @Test
    void refusedInputsAre422WithTheFieldsAndTheFormsMessagesInEnglishOrDutch() throws Exception {
        String body = "{\"values\": {\"offered[phone]\": -5, \"offered[chat]\": 10, \"nonsense\": 1}}";
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content(body), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/validation"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'offered[phone]')].code",
                        containsInAnyOrder("kpi.error.negative")))
                .andExpect(jsonPath("$.errors[?(@.field == 'offered[phone]')].message",
                        containsInAnyOrder("Cannot be negative")))
                .andExpect(jsonPath("$.errors[?(@.field == 'offered[phone]')].warning", containsInAnyOrder(false)))
                .andExpect(jsonPath("$.errors[?(@.field == 'nonsense')].code",
                        containsInAnyOrder("kpi.error.unknownInput")))
                .andExpect(jsonPath("$.errors[?(@.field == 'offered[chat]')].message",
                        containsInAnyOrder("This input is not reported for this unit")));

        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5"), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'offered[phone]')].message",
                        containsInAnyOrder("Mag niet negatief zijn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nonsense')].message",
                        containsInAnyOrder("Deze invoer wordt voor deze eenheid niet aangeleverd")));
    }

    @Test
    void warningsAre422UntilTheSubmitExplainsThem() throws Exception {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(month, "handled", "phone", "9300");
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content(valuesJson(month)),
                delta).andExpect(status().isOk());

        call(post(monthPath(zwolle, LAST_MONTH) + "/submit"), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("offered[phone]"))
                .andExpect(jsonPath("$.errors[0].code").value("kpi.warning.queueExits"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Handled plus abandoned (handled[phone] + abandoned[phone]) is less than 98% of offered: "
                                + "please explain the difference"))
                .andExpect(jsonPath("$.errors[0].warning").value(true));
        call(post(monthPath(zwolle, LAST_MONTH) + "/submit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"warningComment\": \"Callbacks left the queue\"}"), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions[0].warningComment").value("Callbacks left the queue"));
    }

    @Test
    void stateErrorsAre409WithTheTranslatedMessage() throws Exception {
        call(post(monthPath(zwolle, LAST_MONTH) + "/submit").accept(MediaType.APPLICATION_JSON), delta)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/submission-state"))
                .andExpect(jsonPath("$.code").value("kpi.error.noDraft"))
                .andExpect(jsonPath("$.detail").value("There is no draft to submit for this month"));
        call(putAnyway(monthPath(zwolle, TestClock.THIS_MONTH)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {}}").header("Accept-Language", "nl"), delta)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Een maand kan worden aangeleverd zodra hij voorbij is"));
    }

    @Test
    void anotherOrganisationsUnitIsNotFoundNeverForbidden() throws Exception {
        long serviceHubsContract = KpiTables.unitId(dsl, "Gent overloop");
        String draft = "{\"values\": {\"offered[phone]\": 1}}";

        call(get(monthPath(serviceHubsContract, LAST_MONTH)), delta).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/not-found"));
        call(putAnyway(monthPath(serviceHubsContract, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content(draft),
                delta).andExpect(status().isNotFound());
        call(get(monthPath(zwolle, LAST_MONTH)), noordzee).andExpect(status().isNotFound());
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content(draft), noordzee)
                .andExpect(status().isNotFound());
        call(post(monthPath(zwolle, LAST_MONTH) + "/submit"), noordzee).andExpect(status().isNotFound());
        call(get(monthPath(999_999, LAST_MONTH)), delta).andExpect(status().isNotFound());
    }

    @Test
    void missingUnknownAndRevokedTokensAre401WithoutARedirect() throws Exception {
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer ccb_made-up"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        mvc.perform(get("/api/v1/units").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized());

        SignIn.as(principal("vendor@callcenter-delta.example"), () -> tokens.revoke(delta.token().id()));
        call(get("/api/v1/units"), delta).andExpect(status().isUnauthorized());
        call(get("/api/v1/units"), noordzee).andExpect(status().isOk());
    }

    @Test
    void badMonthsAndBodiesAre400() throws Exception {
        call(get("/api/v1/units/" + zwolle + "/submissions/2025-13"), delta).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/bad-request"));
        call(get("/api/v1/submissions").param("from", "2025-06").param("to", "2025-01"), delta)
                .andExpect(status().isBadRequest());
        call(get("/api/v1/units/abc/submissions/2025-01"), delta).andExpect(status().isBadRequest());
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": \"lots\"}}"), delta).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content("{\"values\": "),
                delta).andExpect(status().isBadRequest());
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON).content("{}"), delta)
                .andExpect(status().isBadRequest());
        call(putAnyway(monthPath(zwolle, LAST_MONTH)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"total_cost\": 1e30}}"), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("total_cost"))
                .andExpect(jsonPath("$.errors[0].code").value("kpi.error.tooLarge"));
    }

    @Test
    void twoClientsSavingTheSameMonthCannotLoseAnUpdate() throws Exception {
        String path = monthPath(zwolle, LAST_MONTH);
        call(get(path), delta).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
        String first = call(put(path).header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": 100}}"), delta).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String readByBoth = call(get(path), delta).andExpect(header().string("ETag", first)).andReturn()
                .getResponse().getHeader("ETag");

        String afterA = call(put(path).header("If-Match", readByBoth).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": 200}}"), delta).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(afterA).isNotEqualTo(readByBoth);
        call(put(path).header("If-Match", readByBoth).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": 300}}"), delta)
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/precondition-failed"))
                .andExpect(jsonPath("$.currentETag").value(afterA))
                .andExpect(header().string("ETag", afterA));

        call(get(path), delta).andExpect(header().string("ETag", afterA))
                .andExpect(jsonPath("$.revisions[0].values['offered[phone]']").value(200));
        call(put(path).header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": 400}}"), delta)
                .andExpect(status().isPreconditionFailed());
        call(put(path).header("If-Match", "W/" + afterA)
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"offered[phone]\": 500}}"), delta)
                .andExpect(status().isPreconditionFailed());
        call(post(path + "/submit").header("If-Match", readByBoth), delta)
                .andExpect(status().isPreconditionFailed());
        call(get(path), delta).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revisions[0].values['offered[phone]']").value(200));
    }

    @Test
    void aSaveWithoutAPreconditionIs428AndStoresNothing() throws Exception {
        String path = monthPath(zwolle, LAST_MONTH);
        call(put(path).contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"offered[phone]\": 100}}"),
                delta).andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/precondition-required"))
                .andExpect(jsonPath("$.detail", startsWith("Nothing was stored")));
        call(put(path).header("If-Match", "not a tag").contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {}}"), delta).andExpect(status().isBadRequest());
        call(get(path), delta).andExpect(jsonPath("$.status").value("MISSING"));

        String saved = call(putAnyway(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"offered[phone]\": 100}}"), delta).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        call(post(path + "/submit").header("If-Match", saved).contentType(MediaType.APPLICATION_JSON)
                .content("{\"warningComment\": \"Partial month\"}"), delta)
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theOpenApiDocumentIsPublicAndListsOnlyTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("CCBench KPI API"))
                .andExpect(jsonPath("$.paths['/api/v1/units'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/submissions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/submissions/{period}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/submissions/{period}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/submissions/{period}/submit'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contracts/{contractId}/scorecard'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contracts/{contractId}/scorecard.xlsx'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contracts/{contractId}/scorecard.pdf'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/contracts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/scorecards/comparison.xlsx'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/definitions/{period}'].get").exists())
                // 11 paths for submissions and scorecards, 12 read paths of issue 17 (ReadApiDocumentationTest)
                .andExpect(jsonPath("$.paths.length()").value(23))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("swagger-ui")));
    }

    @Test
    void theBrowserPagesStillAskForALogin() throws Exception {
        mvc.perform(get("/kpi")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, NewApiToken token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token.secret()).with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        }));
    }

    /** A save that knowingly overwrites whatever is stored ({@code If-Match: *}). */
    private static MockHttpServletRequestBuilder putAnyway(String path) {
        return put(path).header("If-Match", "*");
    }

    private static String monthPath(long unitId, YearMonth month) {
        return "/api/v1/units/" + unitId + "/submissions/" + month;
    }

    private static String auditName(NewApiToken token) {
        return "api-token:" + token.token().prefix() + " (" + token.token().name() + ")";
    }

    private static String valuesJson(Map<InputKey, BigDecimal> values) {
        return values.entrySet().stream()
                .map(entry -> "\"" + entry.getKey().field() + "\": " + entry.getValue().toPlainString())
                .collect(Collectors.joining(", ", "{\"values\": {", "}}"));
    }

    private SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }
}
