package org.ccbench.kpi.api;

import static org.ccbench.db.Tables.API_TOKEN;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.audit.internal.RequestOrigin;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.KpiTables;
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
 * KPI definitions through the API (issue 13 §7): a client reads the unit's definitions for a month, and a PUT may give
 * them beside the values, where they must equal the definitions in force: submitted data never changes them. The
 * demo measures Zwolle telefonie's service level at 30 s.
 */
@DemoPortalTest
class KpiApiDefinitionsTest {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    RequestOrigin requestOrigin;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    MockMvc mvc;
    NewApiToken delta;
    NewApiToken serviceHub;
    long zwolle;

    @BeforeEach
    void tokensAndNoSubmissions() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(requestOrigin).build();
        KpiTables.empty(dsl);
        dsl.deleteFrom(API_TOKEN).execute();
        delta = SignIn.as(principal("vendor@callcenter-delta.example"), () -> tokens.create("Delta WFM"));
        serviceHub = SignIn.as(principal("vendor@servicehub.example"), () -> tokens.create("ServiceHub WFM"));
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void theUnitsDefinitionsForAMonthAreReadableByItsVendorAndNotFoundForAnother() throws Exception {
        call(get(definitionsPath(zwolle, LAST_MONTH)), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(zwolle))
                .andExpect(jsonPath("$.period").value(LAST_MONTH.toString()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.effectiveFrom").value("2024-01"))
                .andExpect(jsonPath("$.parameters['threshold_seconds']").value(30))
                .andExpect(jsonPath("$.parameters['excl_short']").value(0))
                .andExpect(jsonPath("$.parameters['repeat_window_days']").value(7))
                .andExpect(jsonPath("$.parameters['threshold_hours[email]']").doesNotExist());
        call(get(definitionsPath(zwolle, YearMonth.of(2023, 12))), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(nullValue()))
                .andExpect(jsonPath("$.parameters['threshold_seconds']").value(20));
        call(get(definitionsPath(zwolle, LAST_MONTH)), serviceHub).andExpect(status().isNotFound());
    }

    @Test
    void definitionsGivenWithTheValuesMustEqualTheUnitsForTheMonth() throws Exception {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));

        call(put(monthPath(zwolle, LAST_MONTH)).header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON)
                .content(body(month, "{\"threshold_seconds\": 30.0, \"excl_short\": 0}")), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions[0].parameters['threshold_seconds']").value(30));
    }

    @Test
    void aDefinitionThatDiffersIs422AtItsFieldAndNothingIsStored() throws Exception {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));

        call(put(monthPath(zwolle, LAST_MONTH)).header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON)
                .content(body(month, "{\"threshold_seconds\": 20, \"threshold_hours[email]\": 24}")), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field == 'threshold_seconds')].code",
                        containsInAnyOrder("kpi.error.definitionDiffers")))
                .andExpect(jsonPath("$.errors[?(@.field == 'threshold_seconds')].message", containsInAnyOrder(
                        "threshold_seconds is 20 here, but the unit's KPI definition for this month is 30. "
                                + "Definitions are set by the client on the unit's KPI definitions page, never "
                                + "through the figures: leave the value out or give 30.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'threshold_hours[email]')].code",
                        containsInAnyOrder("kpi.error.unknownParameter")));

        call(get(monthPath(zwolle, LAST_MONTH)), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MISSING"));
        call(get(definitionsPath(zwolle, LAST_MONTH)), delta)
                .andExpect(jsonPath("$.parameters['threshold_seconds']").value(30));
    }

    @Test
    void theOpenApiDocumentSaysHowDefinitionsAreTreated() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/submissions/{period}'].put.description")
                        .value(org.hamcrest.Matchers.containsString("kpi.error.definitionDiffers")))
                .andExpect(jsonPath("$.components.schemas.DraftRequest.properties.parameters.description")
                        .value(org.hamcrest.Matchers.containsString("must equal the unit's definition in force")))
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/definitions/{period}'].get.summary").exists());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, NewApiToken token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token.secret()));
    }

    private static String monthPath(long unitId, YearMonth month) {
        return "/api/v1/units/" + unitId + "/submissions/" + month;
    }

    private static String definitionsPath(long unitId, YearMonth month) {
        return "/api/v1/units/" + unitId + "/definitions/" + month;
    }

    private static String body(Map<InputKey, BigDecimal> values, String parameters) {
        return values.entrySet().stream()
                .map(entry -> "\"" + entry.getKey().field() + "\": " + entry.getValue().toPlainString())
                .collect(Collectors.joining(", ", "{\"values\": {", "}, \"parameters\": " + parameters + "}"));
    }

    private SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }
}
