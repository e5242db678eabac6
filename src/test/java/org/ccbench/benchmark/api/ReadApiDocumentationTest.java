package org.ccbench.benchmark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 §5: every read endpoint added for BI tools is in the OpenAPI document, with an example response that is
 * valid JSON and names the fields the endpoint returns, and with its paging and period parameters described.
 */
@DemoPortalTest
class ReadApiDocumentationTest {

    /** Each new path with the fields (comma-separated) its example must show. */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("/api/v1/benchmark/kpis", "decimals"),
            Map.entry("/api/v1/benchmark/editions", "restated"),
            Map.entry("/api/v1/benchmark/units/{unitId}/figures", "withheld"),
            Map.entry("/api/v1/benchmark/units/{unitId}/figure", "percentRank"),
            Map.entry("/api/v1/benchmark/sourcing", "outsourced"),
            Map.entry("/api/v1/benchmark/pooled-vendors", "too_few_clients"),
            Map.entry("/api/v1/units/{unitId}/kpis", "latest"),
            Map.entry("/api/v1/units/{unitId}/kpis/{period}", "approved"),
            Map.entry("/api/v1/survey/campaigns", "responseRate"),
            Map.entry("/api/v1/survey/campaigns/{campaignId}/results",
                    "vendor_below_minimum,top2Interval,previousWave"),
            Map.entry("/api/v1/benchmark/editions/{editionId}/changes", "reasons,before,after"),
            Map.entry("/api/v1/benchmark/units/{unitId}/value-matrix", "ownUnnecessary"));

    @Autowired
    WebApplicationContext context;

    @Test
    void everyReadEndpointIsDocumentedWithAnExampleResponse() throws Exception {
        String document = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build().perform(get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode paths = JsonMapper.builder().build().readTree(document).get("paths");
        List<String> missing = new ArrayList<>();
        PATHS.forEach((path, field) -> {
            JsonNode operation = paths.path(path).path("get");
            JsonNode examples = operation.path("responses").path("200").path("content").path("application/json")
                    .path("examples");
            if (operation.isMissingNode() || examples.isEmpty()) {
                missing.add(path);
                return;
            }
            examples.forEach(example -> {
                String value = example.path("value").isString() ? example.path("value").asString()
                        : example.path("value").toString();
                JsonMapper.builder().build().readTree(value);
                assertThat(value).as(path + " example").contains(field.split(","));
            });
        });
        assertThat(missing).as("documented with an example").isEmpty();
        assertThat(paths.path("/api/v1/benchmark/units/{unitId}/figures").path("get").path("parameters").toString())
                .contains("2026-Q1", "items per page, 1–500 (default 100)", "'live'");
    }
}
