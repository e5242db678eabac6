package org.ccbench.benchmark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionChanges;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.api.NewApiToken;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A restated edition's "what changed and why" over the API (issue 17 §5): the same counts and peer cells as
 * EditionService gives the page's dialog, in the reader's words, paged; never whose months (that is the administrator's
 * dialog only); edition 1 changed nothing; an unknown edition is a 404 problem.
 */
@DemoPortalTest
class EditionChangesApiTest {

    static final String ADMIN = "admin@ccbench.example";
    static final String SOURCING = "sourcing@noordzee-energie.example";
    static final BenchmarkPeriod QUARTER = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));
    static final YearMonth DECEMBER = QUARTER.last();

    @Autowired
    WebApplicationContext context;

    @Autowired
    EditionService editions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    ApiCalls api;
    NewApiToken sourcing;
    NewApiToken servicehub;
    Edition first;
    Edition second;

    @BeforeEach
    void restatedQuarter() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        api = ApiCalls.on(context).withoutTokens();
        sourcing = api.token(SOURCING, "Sourcing BI");
        servicehub = api.token("vendor@servicehub.example", "Hub BI");
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        KpiTables.awaitingApproval(dsl, zwolle, DECEMBER);
        first = SignIn.as(api.principal(ADMIN), () -> editions.publish(QUARTER, 1, null));
        Submission waiting = SignIn.as(api.principal(SOURCING), () -> submissions.find(zwolle, DECEMBER))
                .orElseThrow();
        SignIn.as(api.principal(SOURCING), () -> submissions.approve(zwolle, DECEMBER, waiting.version()));
        second = SignIn.as(api.principal(ADMIN), () -> editions.publish(QUARTER, 2, "December approved late"));
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    void aRestatementGivesTheDialogsCountsAndCellsInTheReadersWordsButNeverWhoseMonths() throws Exception {
        EditionChanges shown = SignIn.as(api.principal(SOURCING), () -> editions.changes(second.id()));
        assertThat(shown.cells()).as("the late month moved peer cells").isNotEmpty();
        JsonNode body = ApiCalls.body(api.call(get("/api/v1/benchmark/editions/" + second.id() + "/changes"),
                sourcing).andExpect(status().isOk())
                .andExpect(jsonPath("$.edition.id").value(second.id()))
                .andExpect(jsonPath("$.edition.restated").value(true))
                .andExpect(jsonPath("$.edition.note").value("December approved late"))
                .andExpect(jsonPath("$.previous.id").value(first.id()))
                .andExpect(jsonPath("$.reasons[0].kind").value("approved_since"))
                .andExpect(jsonPath("$.reasons[0].count").value(1))
                .andExpect(jsonPath("$.reasons[0].text").value("1 month approved after edition 1"))
                .andExpect(jsonPath("$.details").isEmpty())
                .andExpect(jsonPath("$.total").value(shown.cells().size())));
        for (int i = 0; i < shown.cells().size(); i++) {
            EditionChanges.CellChange cell = shown.cells().get(i);
            JsonNode item = body.get("items").get(i);
            assertThat(item.get("kpi").asString()).isEqualTo(cell.kpiLabel());
            assertThat(item.get("peerCell").get("sourcing").asString()).isEqualTo(cell.sourcing());
            assertThat(item.get("peerCell").get("sector").asString()).isEqualTo(cell.sector());
            assertThat(item.get("peerCell").get("size").asString()).isEqualTo(cell.size());
            assertFigures(item.get("before"), cell.before(), cell.kpiLabel());
            assertFigures(item.get("after"), cell.after(), cell.kpiLabel());
            assertThat(item.has("mean")).isFalse();
        }
        api.call(get("/api/v1/benchmark/editions/" + second.id() + "/changes").param("size", "1").param("page", "1")
                .header("Accept-Language", "nl"), sourcing).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(Math.min(1, shown.cells().size() - 1))))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.reasons[0].text").value(org.hamcrest.Matchers.containsString("goedgekeurd")));
        api.call(get("/api/v1/benchmark/editions/" + second.id() + "/changes"), servicehub)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(shown.cells().size()))
                .andExpect(jsonPath("$.details").isEmpty());
    }

    @Test
    void editionOneChangedNothingAndAnUnknownEditionOrABadPageIsRefused() throws Exception {
        api.call(get("/api/v1/benchmark/editions/" + first.id() + "/changes"), sourcing).andExpect(status().isOk())
                .andExpect(jsonPath("$.previous").isEmpty())
                .andExpect(jsonPath("$.reasons").isEmpty())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(0));
        api.call(get("/api/v1/benchmark/editions/" + (second.id() + 1000) + "/changes"), sourcing)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(ApiCalls.PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://ccbench.example/problems/not-found"));
        api.call(get("/api/v1/benchmark/editions/" + second.id() + "/changes").param("size", "0"), sourcing)
                .andExpect(status().isBadRequest());
        api.anonymous(get("/api/v1/benchmark/editions/" + second.id() + "/changes"))
                .andExpect(status().isUnauthorized());
    }

    private static void assertFigures(JsonNode given, EditionChanges.CellFigures figures, String where) {
        if (figures == null) {
            assertThat(given.isNull()).as(where + ": not shown in that edition").isTrue();
            return;
        }
        assertThat(given.get("n").asInt()).as(where).isEqualTo(figures.n());
        for (String name : List.of("p25", "median", "p75")) {
            BigDecimal expected = switch (name) {
                case "p25" -> figures.p25();
                case "median" -> figures.median();
                default -> figures.p75();
            };
            if (expected == null) {
                assertThat(given.get(name).isNull()).as(where + " " + name).isTrue();
            } else {
                assertThat(given.get(name).decimalValue()).as(where + " " + name).isEqualByComparingTo(expected);
            }
        }
    }
}
