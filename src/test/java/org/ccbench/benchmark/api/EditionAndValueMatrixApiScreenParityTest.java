package org.ccbench.benchmark.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
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
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 §5 for the edition changes and the value matrix: the API never returns what the same user's screen hides.
 * A quarter is published, a late month approved, and the quarter restated; for a vendor, a sourcing manager and a
 * center manager the Benchmark page (browserless) opens the restated edition's "what changed" dialog, whose reasons,
 * cells and figures the API must give in the same order and words, with no unit-months; the value-matrix tab of each
 * unit the page offers, from the edition and live, must write every own and peer figure the API gives, and each of the
 * API's matrix figures is the KPI's figure of {@code /figure} (which BenchmarkApiScreenParityTest holds to the KPI
 * tab).
 * Units of other organisations are not found.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class EditionAndValueMatrixApiScreenParityTest extends SpringBrowserlessTest {

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
    String secret;
    Locale locale;
    Edition restated;
    int changesCompared;
    int matrixFiguresCompared;
    int othersRefused;

    @BeforeEach
    void restatedQuarter() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        api = ApiCalls.on(context);
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        KpiTables.awaitingApproval(dsl, zwolle, DECEMBER);
        SignIn.as(api.principal(ADMIN), () -> editions.publish(QUARTER, 1, null));
        Submission waiting = SignIn.as(api.principal(SOURCING), () -> submissions.find(zwolle, DECEMBER))
                .orElseThrow();
        SignIn.as(api.principal(SOURCING), () -> submissions.approve(zwolle, DECEMBER, waiting.version()));
        restated = SignIn.as(api.principal(ADMIN), () -> editions.publish(QUARTER, 2, "December approved late"));
    }

    @AfterEach
    void noEditions() {
        KpiTables.noEditions(dsl);
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aVendorsEditionChangesAndValueMatrixAreExactlyThoseOnItsBenchmarkPage() throws Exception {
        compareEverything();
    }

    @Test
    @WithUserDetails(value = SOURCING, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSourcingManagersEditionChangesAndValueMatrixAreExactlyThoseOnTheBenchmarkPage() throws Exception {
        compareEverything();
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCenterManagersEditionChangesAndValueMatrixAreExactlyThoseOnTheBenchmarkPage() throws Exception {
        compareEverything();
    }

    @SuppressWarnings("unchecked")
    private void compareEverything() throws Exception {
        secret = api.tokenOfSignedInUser();
        navigate("benchmark", Component.class);
        locale = UI.getCurrent().getLocale();
        Select<SubmissionUnit> unit = $(Select.class).id("benchmark-unit");
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        Select<EditionChoice> edition = $(Select.class).id("benchmark-edition");
        TabSheet tabs = $(TabSheet.class).id("benchmark-tabs");
        List<BenchmarkPeriod> periods = new ArrayList<>(List.of(QUARTER));
        periods.add(period.getGenericDataView().getItems().findFirst().orElseThrow());
        List<SubmissionUnit> offered = unit.getGenericDataView().getItems().toList();
        for (SubmissionUnit shownUnit : offered.stream().limit(2).toList()) {
            unit.setValue(shownUnit);
            for (BenchmarkPeriod shownPeriod : periods) {
                period.setValue(shownPeriod);
                if (shownPeriod.equals(QUARTER)) {
                    assertThat(edition.getValue()).as("the page shows the restated edition by default")
                            .isEqualTo(EditionChoice.edition(restated.id()));
                    compareChanges();
                }
                test(tabs).select(1);
                compareMatrix(shownUnit, shownPeriod, edition.getValue());
                test(tabs).select(0);
            }
        }
        Set<Long> readable = offered.stream().map(SubmissionUnit::id).collect(Collectors.toSet());
        for (long other : dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT).fetch(REPORTING_UNIT.ID)) {
            if (!readable.contains(other) && othersRefused < 5) {
                assertThat(api.status("/api/v1/benchmark/units/" + other + "/value-matrix?period=" + QUARTER.label(),
                        secret)).as("another organisation's unit " + other).isEqualTo(404);
                othersRefused++;
            }
        }
        assertThat(changesCompared).as("changed cells compared").isPositive();
        assertThat(matrixFiguresCompared).as("value-matrix figures compared").isGreaterThan(5);
        assertThat(othersRefused).as("other organisations' units tried").isPositive();
    }

    /** The "what changed" dialog of the edition the page shows, against the API, row by row. */
    @SuppressWarnings("unchecked")
    private void compareChanges() throws Exception {
        test($(Button.class).id("benchmark-edition-changes")).click();
        JsonNode changes = api.json("/api/v1/benchmark/editions/" + restated.id() + "/changes", secret, locale);
        List<String> reasons = $(UnorderedList.class).id("edition-changes-reasons").getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        List<String> given = new ArrayList<>();
        changes.get("reasons").forEach(reason -> given.add(reason.get("text").asString()));
        assertThat(given).as("the reasons in the dialog's words").isEqualTo(reasons).isNotEmpty();
        assertThat($(Grid.class).withId("edition-changes-details").exists()).as("a member sees no unit-months")
                .isFalse();
        assertThat(changes.get("details").isEmpty()).as("nor does the API give them").isTrue();
        Grid<Object> cells = $(Grid.class).id("edition-changes-cells");
        JsonNode items = changes.get("items");
        assertThat(changes.get("total").asInt()).isEqualTo(items.size());
        assertThat(cells.getGenericDataView().getItems().count()).as("changed cells").isEqualTo(items.size());
        Numbers numbers = Numbers.of(locale);
        for (int row = 0; row < items.size(); row++) {
            JsonNode item = items.get(row);
            String where = "changes " + item;
            StringBuilder definition = new StringBuilder();
            item.get("definition").properties().forEach(entry -> definition.append(definition.isEmpty() ? " (" : ", ")
                    .append(entry.getKey()).append(" = ").append(numbers.exact(entry.getValue().decimalValue())));
            String kpi = item.get("kpiName").asString() + (definition.isEmpty() ? "" : definition + ")");
            assertThat(test(cells).getCellText(row, 0)).as(where).isEqualTo(kpi);
            assertThat(test(cells).getCellText(row, 1)).as(where).isEqualTo(item.get("peerCell").get("words")
                    .asString());
            assertThat(test(cells).getCellText(row, 2)).as(where).isEqualTo(figures(item.get("before")));
            assertThat(test(cells).getCellText(row, 3)).as(where).isEqualTo(figures(item.get("after")));
            changesCompared++;
        }
        test($(Button.class).id("edition-changes-close")).click();
    }

    /** As the dialog writes one edition's side of a cell: its n and quartiles, "no spread", or "not shown". */
    private String figures(JsonNode side) {
        Numbers numbers = Numbers.of(locale);
        if (side.isNull()) {
            return t("benchmark.edition.changes.notShown");
        }
        if (side.get("median").isNull()) {
            assertThat(side.get("p25").isNull() && side.get("p75").isNull()).as("no spread: n only").isTrue();
            return t("benchmark.edition.changes.noSpread", numbers.integer(side.get("n").asInt()));
        }
        return t("benchmark.edition.changes.figuresLine", numbers.integer(side.get("n").asInt()),
                number(side.get("p25")), number(side.get("median")), number(side.get("p75")));
    }

    private void compareMatrix(SubmissionUnit unit, BenchmarkPeriod period, EditionChoice edition) throws Exception {
        String choice = edition instanceof EditionChoice.Published published ? String.valueOf(published.editionId())
                : "live";
        String query = "?period=" + period.label() + "&edition=" + choice;
        JsonNode matrix = api.json("/api/v1/benchmark/units/" + unit.id() + "/value-matrix" + query, secret, locale);
        String where = unit.name() + " · " + period.label() + " · " + choice;
        List<JsonNode> figures = new ArrayList<>();
        matrix.get("quadrants").forEach(figures::add);
        figures.add(matrix.get("avoidable"));
        figures.add(matrix.get("coverage"));
        for (JsonNode figure : figures) {
            String kpi = figure.get("kpi").asString();
            JsonNode alone = api.json("/api/v1/benchmark/units/" + unit.id() + "/figure" + query + "&kpi="
                    + URLEncoder.encode(kpi, StandardCharsets.UTF_8), secret, locale);
            assertThat(figure).as(where + " " + kpi + " is the KPI tab's figure").isEqualTo(alone);
        }
        boolean ownData = figures.subList(0, 4).stream().anyMatch(figure -> !figure.get("ownValue").isNull());
        if (!ownData) {
            assertThat($(Component.class).withId("benchmark-matrix-empty").exists()).as(where + ": the tab says so")
                    .isTrue();
            assertThat($(Div.class).withId("benchmark-matrix-eliminate").exists()).as(where + ": and shows no matrix")
                    .isFalse();
            return;
        }
        for (JsonNode quadrant : figures.subList(0, 4)) {
            String kpi = quadrant.get("kpi").asString();
            String code = kpi.substring(kpi.indexOf('[') + 1, kpi.length() - 1);
            List<String> lines = $(Div.class).id("benchmark-matrix-" + code).getChildren()
                    .filter(child -> child instanceof Paragraph).map(child -> ((Paragraph) child).getText()).toList();
            assertThat(lines).as(where + " " + kpi).contains(own(quadrant), peers(quadrant));
            matrixFiguresCompared++;
        }
        JsonNode avoidable = matrix.get("avoidable");
        JsonNode coverage = matrix.get("coverage");
        assertThat(line("benchmark-avoidable-own")).as(where).isEqualTo(own(avoidable));
        assertThat(line("benchmark-avoidable-peers")).as(where).isEqualTo(peers(avoidable));
        assertThat(line("benchmark-unnecessary")).as(where).isEqualTo(t("benchmark.matrix.unnecessary",
                number(matrix.get("ownUnnecessary"))));
        assertThat(line("benchmark-coverage")).as(where).isEqualTo(t("benchmark.matrix.coverage",
                number(coverage.get("ownValue")), peers(coverage)));
        matrixFiguresCompared += 2;
    }

    private String own(JsonNode figure) {
        return t("benchmark.own", Numbers.of(locale).percent(figure.get("ownValue").isNull() ? null
                : figure.get("ownValue").decimalValue()));
    }

    /** As the matrix writes a figure's peers: in short when there are none, the cell's n and quartiles otherwise. */
    private String peers(JsonNode figure) {
        if (figure.get("peerCell").isNull()) {
            for (String name : List.of("n", "p10", "p25", "median", "p75", "p90", "mean", "percentRank")) {
                assertThat(figure.get(name).isNull()).as(figure + ": no peers, no " + name).isTrue();
            }
            return t("benchmark.insufficient.short");
        }
        String cell = t("benchmark.peers", figure.get("peerCell").get("words").asString() + " (n = "
                + figure.get("n").asInt() + ")");
        if (figure.get("median").isNull()) {
            return cell + " · " + t("benchmark.noSpread.short");
        }
        return cell + " · " + t("benchmark.band", number(figure.get("median")), number(figure.get("p25")),
                number(figure.get("p75")));
    }

    private String line(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String number(JsonNode value) {
        return Numbers.of(locale).number(value.isNull() ? null : value.decimalValue());
    }

    private String t(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }
}
