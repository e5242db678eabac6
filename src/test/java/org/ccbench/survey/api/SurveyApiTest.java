package org.ccbench.survey.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
