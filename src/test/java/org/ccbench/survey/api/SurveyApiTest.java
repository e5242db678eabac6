package org.ccbench.survey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ccbench.kpi.api.NewApiToken;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignService;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Survey results over the API on the demo campaigns: last year's published round is readable, this year's open round
 * is not found for a client or vendor, and hidden cells carry a reason but no number.
 */
@DemoPortalTest
class SurveyApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    CampaignService campaigns;

    @Autowired
    DSLContext dsl;

    ApiCalls api;
    NewApiToken delta;
    NewApiToken sourcing;
    long published;
    long open;

    @BeforeEach
    void tokens() {
        api = ApiCalls.on(context);
        api.withoutTokens();
        delta = api.token("vendor@callcenter-delta.example", "Delta BI");
        sourcing = api.token("sourcing@noordzee-energie.example", "Sourcing BI");
        List<CampaignOverview> all = SignIn.as(api.principal("admin@ccbench.example"), () -> campaigns.list());
        published = all.stream().filter(c -> c.phase() == CampaignPhase.PUBLISHED).findFirst().orElseThrow()
                .campaign().id();
        open = all.stream().filter(c -> c.phase() == CampaignPhase.OPEN).findFirst().orElseThrow().campaign().id();
    }

    @Test
    void aVendorListsOnlyPublishedCampaignsAndReadsTheirResults() throws Exception {
        api.call(get("/api/v1/survey/campaigns"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) published)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) open))))
                .andExpect(jsonPath("$.items[*].phase", everyItem(is("PUBLISHED"))))
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(100));
        api.call(get("/api/v1/survey/campaigns/" + published + "/results"), delta).andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignId").value(published))
                .andExpect(jsonPath("$.columns[0].key").value("total"))
                .andExpect(jsonPath("$.indices[0].cells[0].mean").isNumber())
                .andExpect(jsonPath("$.questions[*].cells[?(@.withheld != null)].mean", everyItem(
                        org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.questions[*].texts[*]").isEmpty());
    }

    @Test
    void aCampaignWithAnEarlierWaveSaysPerQuestionWhetherItIsComparedAndOnlyComparedQuestionsCarryThePreviousWave()
            throws Exception {
        JsonNode listed = ApiCalls.body(api.call(get("/api/v1/survey/campaigns"), sourcing));
        Set<String> statuses = Set.of("compared", "no_previous_wave", "new_question", "type_changed",
                "scale_changed", "options_changed", "reworded", "index_changed");
        Set<String> verdicts = Set.of("up", "down", "not_significant", "not_testable");
        int withPreviousWave = 0;
        for (JsonNode campaign : listed.get("items")) {
            JsonNode results = ApiCalls.body(api.call(get("/api/v1/survey/campaigns/" + campaign.get("id").asLong()
                    + "/results"), sourcing).andExpect(status().isOk()));
            boolean previousWave = !results.get("previousWave").isNull();
            withPreviousWave += previousWave ? 1 : 0;
            List<JsonNode> rows = new ArrayList<>();
            results.get("indices").forEach(rows::add);
            results.get("questions").forEach(rows::add);
            for (JsonNode row : rows) {
                String wave = row.get("wave").asString();
                assertThat(statuses).as(row.toString()).contains(wave);
                if (!previousWave) {
                    assertThat(wave).isEqualTo("no_previous_wave");
                }
                for (JsonNode cell : row.get("cells")) {
                    if (!wave.equals("compared") || !cell.get("withheld").isNull()) {
                        assertThat(cell.get("previous").isNull()).as(wave + " " + cell).isTrue();
                    } else if (!cell.get("previous").get("change").isNull()) {
                        assertThat(verdicts).contains(cell.get("previous").get("change").asString());
                    }
                }
            }
        }
        assertThat(withPreviousWave).as("the demo's newer client survey has last year's wave").isPositive();
    }

    @Test
    void anOpenCampaignOrAnUnknownOneIsNotFoundAndATokenIsNeeded() throws Exception {
        api.call(get("/api/v1/survey/campaigns/" + open + "/results"), sourcing).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.call(get("/api/v1/survey/campaigns/" + (published + 10_000) + "/results"), delta)
                .andExpect(status().isNotFound());
        api.anonymous(get("/api/v1/survey/campaigns")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBreakdownByAnAnswerAndDutchTextsAreOffered() throws Exception {
        api.call(get("/api/v1/survey/campaigns/" + published + "/results").param("breakdown", "no-such-question"),
                sourcing).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'breakdown'")));
        api.call(get("/api/v1/survey/campaigns").param("size", "0"), sourcing).andExpect(status().isBadRequest());
        api.call(get("/api/v1/survey/campaigns/" + published + "/results").header("Accept-Language", "nl"), sourcing)
                .andExpect(status().isOk()).andExpect(jsonPath("$.columns[0].label").value("Totaal"));
    }


}
