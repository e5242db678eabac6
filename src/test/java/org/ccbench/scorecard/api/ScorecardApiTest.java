package org.ccbench.scorecard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.api.NewApiToken;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/** A vendor's token reads its contracts' scorecards as JSON, xlsx and PDF; nobody else's. */
@DemoPortalTest
class ScorecardApiTest {

    static final YearMonth MONTH = TestClock.THIS_MONTH.minusMonths(2);

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    ApiCalls api;
    NewApiToken delta;
    NewApiToken servicehub;
    NewApiToken sourcing;
    NewApiToken center;
    long zwolle;

    @BeforeEach
    void tokens() throws Exception {
        api = ApiCalls.on(context);
        KpiTables.demoMonths(dsl, runners);
        api.withoutTokens();
        delta = api.token("vendor@callcenter-delta.example", "Delta BI");
        servicehub = api.token("vendor@servicehub.example", "Hub BI");
        sourcing = api.token("sourcing@noordzee-energie.example", "Sourcing BI");
        center = api.token("center@noordzee-energie.example", "Center BI");
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void theVendorReadsItsScorecardAsJson() throws Exception {
        api.call(get("/api/v1/contracts"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Zwolle telefonie")));
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("month", MONTH.toString()), delta)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.header.contractName").value("Zwolle telefonie"))
                .andExpect(jsonPath("$.header.periodLabel").value(MONTH.toString()))
                .andExpect(jsonPath("$.months[0].lines[0].kpiLabel").exists())
                .andExpect(jsonPath("$.totals.amount").isNumber())
                .andExpect(jsonPath("$.slaRows[0].smallSample").isBoolean())
                .andExpect(jsonPath("$.months[0].lines[0].smallSample").isBoolean());
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("period", "quarter"), delta)
                .andExpect(status().isOk()).andExpect(jsonPath("$.header.periodLabel").value(
                        org.hamcrest.Matchers.containsString("-Q")));
    }

    @Test
    void theWorkbookAndThePdfAreTheDownloads() throws Exception {
        byte[] xlsx = api.call(get("/api/v1/contracts/" + zwolle + "/scorecard.xlsx").param("month", MONTH.toString()),
                delta).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
        }
        byte[] pdf = api.call(get("/api/v1/contracts/" + zwolle + "/scorecard.pdf"), delta)
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void everyDownloadIsInTheAuditLogWithTheTokenThatTookIt() throws Exception {
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard.xlsx").param("month", MONTH.toString()), delta)
                .andExpect(status().isOk());
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard.pdf").param("month", MONTH.toString()), delta)
                .andExpect(status().isOk());
        api.call(get("/api/v1/scorecards/comparison.xlsx"), sourcing).andExpect(status().isOk());
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("month", MONTH.toString()), delta)
                .andExpect(status().isOk());

        var events = dsl.fetch("select action, actor, subject_type, subject_id, detail from audit_event "
                + "where action like '%EXPORTED' order by id");
        assertThat(events).extracting(row -> row.get("action"), row -> row.get("subject_type"))
                .as("the JSON read is no download").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SCORECARD_EXPORTED", "reporting_unit"),
                        org.assertj.core.groups.Tuple.tuple("SCORECARD_EXPORTED", "reporting_unit"),
                        org.assertj.core.groups.Tuple.tuple("COMPARISON_EXPORTED", "organisation"));
        assertThat(((Number) events.getFirst().get("subject_id")).longValue()).isEqualTo(zwolle);
        assertThat(events.getFirst().get("actor").toString()).contains(delta.token().prefix());
        assertThat(events.getFirst().get("detail").toString()).startsWith("xlsx Zwolle telefonie " + MONTH);
        assertThat(events.get(1).get("detail").toString()).startsWith("pdf Zwolle telefonie");
        assertThat(events.get(2).get("actor").toString()).contains(sourcing.token().prefix());
    }

    @Test
    void theOpenApiDocumentSaysWhichCostEachValueForMoneyIsScoredAgainstAndWhatASmallSampleIs() throws Exception {
        api.anonymous(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ComparisonRow.properties.valueForMoney.description").value(
                        org.hamcrest.Matchers.startsWith("Value for money (cost vs. your cheapest contract)")))
                .andExpect(jsonPath("$.components.schemas.ComparisonRow.properties.costScore.description").value(
                        org.hamcrest.Matchers.startsWith("Cost score (vs. your cheapest contract)")))
                .andExpect(jsonPath("$.components.schemas.IndexSummary.properties.valueForMoney.description").value(
                        org.hamcrest.Matchers.startsWith("Value for money (cost vs. budget)")))
                .andExpect(jsonPath("$.components.schemas.IndexSummary.properties.cost.description").value(
                        org.hamcrest.Matchers.startsWith("Cost index C (vs. budget)")))
                .andExpect(jsonPath("$.components.schemas.SlaRow.properties.smallSample.description").value(
                        org.hamcrest.Matchers.containsString("not measurable")));
    }

    @Test
    void theOpenApiDocumentNamesTheMinimumSampleOfFiftyResponses() throws Exception {
        String needs = "The responses a survey KPI needs (min_sample, 50); null for other KPIs";
        api.anonymous(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.SlaRow.properties.minSample.description").value(needs))
                .andExpect(jsonPath("$.components.schemas.MonthLine.properties.minSample.description").value(needs))
                .andExpect(jsonPath("$.components.schemas.KpiPeerRow.properties.smallSample.description").value(
                        "The contract's own value rests on fewer than 50 survey responses: shown, but not among the "
                                + "peers and without a percentile"))
                .andExpect(jsonPath("$.components.schemas.IndexSummary.properties.quality.description").value(
                        "Quality index Q (0-100) from the SLA quality items' target scores; a survey KPI on fewer "
                                + "than 50 responses has no score and is not covered"));
    }

    @Test
    void theCoverageAsAPercentageIsForDisplayAndNoPartOfTheApi() throws Exception {
        api.anonymous(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.IndexSummary.properties.qualityCoverage").exists())
                .andExpect(jsonPath("$.components.schemas.IndexSummary.properties.qualityCoveragePercent")
                        .doesNotExist());
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("month", MONTH.toString()), delta)
                .andExpect(status().isOk()).andExpect(jsonPath("$.indices.qualityCoverage").exists())
                .andExpect(jsonPath("$.indices.qualityCoveragePercent").doesNotExist());
    }

    @Test
    void anotherVendorGetsNotFoundAndABadMonthIsAProblem() throws Exception {
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard"), servicehub).andExpect(status().isNotFound());
        api.call(get("/api/v1/contracts"), servicehub).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", not(hasItem("Zwolle telefonie"))));
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("month", "September"), delta)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        api.anonymous(get("/api/v1/contracts/" + zwolle + "/scorecard")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSourcingManagersTokenReadsItsContractsAndTheComparisonButACenterManagersCannot() throws Exception {
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard").param("month", MONTH.toString()), sourcing)
                .andExpect(status().isOk()).andExpect(jsonPath("$.header.vendorName").value("Callcenter Delta"));
        api.call(get("/api/v1/scorecards/comparison").param("period", "quarter"), sourcing).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[*].contractName", hasItem("Zwolle telefonie")));
        byte[] xlsx = api.call(get("/api/v1/scorecards/comparison.xlsx"), sourcing).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
        }
        api.call(get("/api/v1/contracts/" + zwolle + "/scorecard"), center).andExpect(status().isForbidden());
        api.call(get("/api/v1/scorecards/comparison"), delta).andExpect(status().isForbidden());
        api.call(get("/api/v1/units"), sourcing).andExpect(status().isOk());
    }


}
