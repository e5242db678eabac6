package org.ccbench.benchmark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.api.NewApiToken;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark endpoints end to end through the token filter chain and MVC on the demo data: what each token reads,
 * paging, editions, and the 400/401/404 problems.
 */
@DemoPortalTest
class BenchmarkApiTest {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3)).label();

    @Autowired
    WebApplicationContext context;

    @Autowired
    EditionService editions;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    ApiCalls api;
    NewApiToken delta;
    NewApiToken servicehub;
    NewApiToken sourcing;
    long zwolle;

    @BeforeEach
    void tokens() throws Exception {
        api = ApiCalls.on(context);
        KpiTables.demoMonths(dsl, runners);
        api.withoutTokens();
        delta = api.token("vendor@callcenter-delta.example", "Delta BI");
        servicehub = api.token("vendor@servicehub.example", "Hub BI");
        sourcing = api.token("sourcing@noordzee-energie.example", "Sourcing BI");
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void theKpiLabelsComeWithNamesUnitsAndDecimalsInTheReadersLanguage() throws Exception {
        api.call(get("/api/v1/benchmark/kpis"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.label == 'SL[phone]')].name").value(hasItem("Service level · phone")))
                .andExpect(jsonPath("$[?(@.label == 'SL[phone]')].unit").value(hasItem("percent")))
                .andExpect(jsonPath("$[?(@.label == 'CPC')].decimals").value(hasItem(2)));
        api.call(get("/api/v1/benchmark/kpis").header("Accept-Language", "nl"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.label == 'SL[phone]')].name").value(hasItem(
                        not("Service level · phone"))));
    }

    @Test
    void aUnitsFiguresArePagedAndLabelledLive() throws Exception {
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figures").param("period", QUARTER).param("size", "2")
                .param("page", "1"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(4)))
                .andExpect(jsonPath("$.items[*].unitId", everyItem(is((int) zwolle))))
                .andExpect(jsonPath("$.items[*].period", everyItem(is(QUARTER))))
                .andExpect(jsonPath("$.items[*].edition.kind", everyItem(is("live"))));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figures").param("period", QUARTER), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kpi", hasItem("SL[phone]")))
                .andExpect(jsonPath("$.items[*].kpi", not(hasItem("SL[email]"))));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figures").param("period", QUARTER).param("page", "99"),
                delta).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void oneFigureGivesTheOwnValueThePeerCellInCodesAndWordsAndItsQuartiles() throws Exception {
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC").param("period", QUARTER)
                .param("scope", "everyone"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.kpi").value("CPC"))
                .andExpect(jsonPath("$.kpiName").value("Cost per handled contact"))
                .andExpect(jsonPath("$.scope").value("everyone"))
                .andExpect(jsonPath("$.ownValue").isNumber())
                .andExpect(jsonPath("$.peerCell.sourcing").value("all"))
                .andExpect(jsonPath("$.peerCell.words").value("in-house and outsourced · all sectors · all sizes"))
                .andExpect(jsonPath("$.median").isNumber())
                .andExpect(jsonPath("$.n").isNumber());
    }

    @Test
    void anotherOrganisationsUnitIsNotFoundAndAMissingTokenIsUnauthorised() throws Exception {
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figures").param("period", QUARTER), servicehub)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/not-found"));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC").param("period", QUARTER),
                servicehub).andExpect(status().isNotFound());
        api.anonymous(get("/api/v1/benchmark/kpis")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON));
        api.anonymous(get("/api/v1/benchmark/units/" + zwolle + "/figures").param("period", QUARTER))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            period, 2026-13,  'period'
            period, 2026-Q5,  'period'
            period, Q1-2026,  'period'
            page,   -1,       'page'
            page,   abc,      'page'
            size,   0,        'size'
            size,   501,      'size'
            scope,  nearby,   'scope'
            edition, newest,  'edition'
            """)
    void aBadParameterIsA400ProblemThatNamesIt(String parameter, String value, String named) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/benchmark/units/" + zwolle + "/figures")
                .param("period", QUARTER).param(parameter, value);
        api.call(request, delta).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/bad-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(named)));
    }

    @Test
    void aKpiTheUnitIsNotBenchmarkedOnOrAMissingPeriodIsRefused() throws Exception {
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "SL[email]")
                        .param("period", QUARTER),
                delta).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                org.hamcrest.Matchers.containsString("'kpi'")));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figures"), delta).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'period'")));
        api.call(get("/api/v1/benchmark/pooled-vendors").param("kpi", "NOPE").param("period", QUARTER), delta)
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPublishedEditionIsListedUsedByDefaultAsOnThePageAndItsFiguresSayWhichEditionTheyComeFrom() throws Exception {
        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));
        Edition edition = SignIn.as(api.principal("admin@ccbench.example"), () -> editions.publish(quarter, 1, null));
        api.call(get("/api/v1/benchmark/editions"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(edition.id()))
                .andExpect(jsonPath("$.items[0].period").value(QUARTER))
                .andExpect(jsonPath("$.items[0].number").value(1))
                .andExpect(jsonPath("$.items[0].restated").value(false));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC")
                .param("period", quarter.first().toString()).param("edition", String.valueOf(edition.id())), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edition.kind").value("published"))
                .andExpect(jsonPath("$.edition.id").value(edition.id()))
                .andExpect(jsonPath("$.edition.number").value(1));
        api.call(get("/api/v1/benchmark/sourcing").param("period", QUARTER)
                        .param("edition", String.valueOf(edition.id())),
                delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].edition.kind", everyItem(is("published"))));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC")
                .param("period", TestClock.THIS_MONTH.minusMonths(1).toString())
                .param("edition", String.valueOf(edition.id())), delta)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("covers")));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC").param("period", QUARTER)
                .param("edition", String.valueOf(edition.id() + 1000)), delta).andExpect(status().isNotFound());
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC").param("period", QUARTER),
                        delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edition.kind").value("published"))
                .andExpect(jsonPath("$.edition.id").value(edition.id()));
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure").param("kpi", "CPC").param("period", QUARTER)
                .param("edition", "live"), delta)
                .andExpect(jsonPath("$.edition.kind").value("live"));
    }

    @Test
    void theValueMatrixGivesEachQuadrantAndTheAvoidableRateExactlyAsTheFigureEndpointGivesThatKpi() throws Exception {
        JsonNode matrix = ApiCalls.body(api.call(get("/api/v1/benchmark/units/" + zwolle + "/value-matrix")
                .param("period", QUARTER), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(zwolle))
                .andExpect(jsonPath("$.edition.kind").value("live"))
                .andExpect(jsonPath("$.quadrants[*].kpi").value(org.hamcrest.Matchers.contains("VMX[eliminate]",
                        "VMX[simplify]", "VMX[automate]", "VMX[leverage]")))
                .andExpect(jsonPath("$.avoidable.kpi").value("AVC"))
                .andExpect(jsonPath("$.coverage.kpi").value("RCC"))
                .andExpect(jsonPath("$.ownUnnecessary").isNumber()));
        List<JsonNode> figures = new ArrayList<>();
        matrix.get("quadrants").forEach(figures::add);
        figures.add(matrix.get("avoidable"));
        figures.add(matrix.get("coverage"));
        for (JsonNode figure : figures) {
            JsonNode alone = ApiCalls.body(api.call(get("/api/v1/benchmark/units/" + zwolle + "/figure")
                    .param("kpi", figure.get("kpi").asString()).param("period", QUARTER), delta)
                    .andExpect(status().isOk()));
            assertThat(figure).as(figure.get("kpi").asString()).isEqualTo(alone);
        }
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/value-matrix").param("period", QUARTER), servicehub)
                .andExpect(status().isNotFound());
        api.call(get("/api/v1/benchmark/units/" + zwolle + "/value-matrix").param("period", "2026-Q5"), delta)
                .andExpect(status().isBadRequest());
    }

    @Test
    void pooledVendorsShowTheVendorItsOwnNameAndNobodyElses() throws Exception {
        api.call(get("/api/v1/benchmark/pooled-vendors").param("kpi", "CPC").param("period", QUARTER), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.own == true)].name").value(hasItem("Callcenter Delta")))
                .andExpect(jsonPath("$.items[?(@.own == false)].name", everyItem(nullValue())));
        api.call(get("/api/v1/benchmark/pooled-vendors").param("kpi", "CPC").param("period", QUARTER), sourcing)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", everyItem(nullValue())))
                .andExpect(jsonPath("$.items[?(@.withheld == 'too_few_clients')].value", everyItem(nullValue())));
    }

    @Test
    void inHouseVersusOutsourcedWithholdsProtectedSides() throws Exception {
        api.call(get("/api/v1/benchmark/sourcing").param("period", QUARTER), sourcing).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kpi == 'CSAT')].all.n").value(hasItem(org.hamcrest.Matchers
                        .greaterThan(0))))
                .andExpect(jsonPath("$.items[*].inHouse[?(@.withheld == 'anonymity')].median",
                        everyItem(nullValue())))
                .andExpect(jsonPath("$.items[*].outsourced[?(@.withheld == 'anonymity')].n", everyItem(nullValue())));
    }


}
