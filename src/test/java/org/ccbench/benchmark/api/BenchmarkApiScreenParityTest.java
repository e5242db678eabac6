package org.ccbench.benchmark.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 §5: the API never returns a figure the same user's screen hides. For a vendor, a sourcing manager and a
 * center manager, the benchmark page is driven (browserless) through every unit and KPI it offers, several periods
 * and peer scopes, and for each the API's figure is compared with the page's lines: every number the API gives is
 * written on the page in exactly that line, and every line the page leaves out (quartiles, deciles, rank, peer cell)
 * is null in the API. The in-house-vs-outsourced table and the pooled vendors are compared cell by cell. A published
 * edition of the compared quarter makes the page show that quarter from the edition (its default); the API is asked
 * for the edition the page shows, and labels its figures with it.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class BenchmarkApiScreenParityTest extends SpringBrowserlessTest {

    /** The page's default and a fixed cell that is often too small; more would only make the test slower. */
    static final List<PeerScope> SCOPES = List.of(PeerScope.AUTOMATIC, PeerScope.IN_HOUSE);
    /** Each page refresh computes a twelve-month trend too (about 0.4 s on the demo data). */
    static final int UNITS = 2;
    static final List<String> POOLED_KPIS = List.of("CPC", "CSAT", "AHT[phone]");
    /** Published before each test: the page shows its quarter from this edition by default, the API when asked. */
    static final BenchmarkPeriod PUBLISHED = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(4));

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    EditionService editions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    List<ApplicationRunner> runners;

    ApiCalls api;
    String secret;
    Locale locale;
    int figuresCompared;
    int hiddenFiguresSeen;
    Div figure;
    Select<EditionChoice> edition;
    int editionFiguresCompared;
    TabSheet tabs;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        api = ApiCalls.on(context);
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aVendorsApiFiguresAreExactlyThoseOnItsBenchmarkPage() throws Exception {
        compareEverything();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSourcingManagersApiFiguresAreExactlyThoseOnTheBenchmarkPage() throws Exception {
        compareEverything();
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCenterManagersApiFiguresAreExactlyThoseOnTheBenchmarkPage() throws Exception {
        compareEverything();
    }

    @SuppressWarnings("unchecked")
    private void compareEverything() throws Exception {
        secret = api.tokenOfSignedInUser();
        SignIn.as((SignedInUser) userDetails.loadUserByUsername("admin@ccbench.example"),
                () -> editions.publish(PUBLISHED, 1, null));
        navigate("benchmark", Component.class);
        locale = UI.getCurrent().getLocale();
        Select<SubmissionUnit> unit = $(Select.class).id("benchmark-unit");
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        Select<PeerScope> scope = $(Select.class).id("benchmark-scope");
        ComboBox<String> kpi = $(ComboBox.class).id("benchmark-kpi");
        tabs = $(TabSheet.class).id("benchmark-tabs");
        edition = $(Select.class).id("benchmark-edition");
        figure = $(Div.class).id("benchmark-figure");
        List<BenchmarkPeriod> periods = periodsToCompare(period.getGenericDataView().getItems().toList());
        List<BenchmarkPeriod> tabPeriods = new ArrayList<>(periods);
        period.getGenericDataView().getItems().filter(p -> p.kind() == BenchmarkPeriod.Kind.YEAR).findFirst()
                .ifPresent(tabPeriods::add);
        for (BenchmarkPeriod shownPeriod : tabPeriods) {
            period.setValue(shownPeriod);
            test(tabs).select(3);
            compareSourcing(shownPeriod);
            test(tabs).select(2);
            for (String label : POOLED_KPIS) {
                if (kpi.getGenericDataView().getItems().anyMatch(label::equals)) {
                    kpi.setValue(label);
                    comparePooled(label, shownPeriod);
                }
            }
            test(tabs).select(0);
        }
        for (SubmissionUnit shownUnit : unit.getGenericDataView().getItems().limit(UNITS).toList()) {
            unit.setValue(shownUnit);
            for (BenchmarkPeriod shownPeriod : periods) {
                period.setValue(shownPeriod);
                for (PeerScope shownScope : SCOPES) {
                    scope.setValue(shownScope);
                    for (String label : kpi.getGenericDataView().getItems().toList()) {
                        kpi.setValue(label);
                        compareFigure(shownUnit, label, shownPeriod, shownScope);
                    }
                }
            }
        }
        assertThat(figuresCompared).as("figures compared").isGreaterThan(50);
        assertThat(hiddenFiguresSeen).as("the comparison met figures the page hides").isPositive();
        assertThat(editionFiguresCompared).as("figures of the published edition compared").isPositive();
    }

    /**
     * The newest period the page offers (often not yet approved for every unit) and its first quarter; the sourcing
     * and vendor tabs also the first year.
     */
    private static List<BenchmarkPeriod> periodsToCompare(List<BenchmarkPeriod> offered) {
        List<BenchmarkPeriod> chosen = new ArrayList<>();
        chosen.add(offered.getFirst());
        offered.stream().filter(p -> p.kind() == BenchmarkPeriod.Kind.QUARTER).findFirst().ifPresent(chosen::add);
        return chosen.stream().distinct().toList();
    }

    private void compareFigure(SubmissionUnit unit, String label, BenchmarkPeriod period, PeerScope scope)
            throws Exception {
        JsonNode api = api("/api/v1/benchmark/units/" + unit.id() + "/figure?kpi=" + encode(label) + "&period="
                + period.label() + "&scope=" + scope.code() + shownEdition());
        String where = unit.name() + " · " + label + " · " + period.label() + " · " + scope.code() + ": API " + api;
        figuresCompared++;
        if ("published".equals(api.get("edition").get("kind").asString())) {
            editionFiguresCompared++;
        }
        if (!api.get("withheld").isEmpty()) {
            hiddenFiguresSeen++;
        }
        String withheldOwn = text(api.get("withheld").get("ownValue"));
        if ("period_not_covered".equals(withheldOwn)) {
            assertThat(line("benchmark-own")).as(where).contains(t("benchmark.noOwnData"));
            assertNoPeerLines(where);
            assertAllNull(api, where, "ownValue", "n", "p10", "p25", "median", "p75", "p90", "mean", "percentRank");
            return;
        }
        if ("definition_changed".equals(withheldOwn)) {
            assertThat(line("benchmark-definition")).as(where).contains(t("benchmark.definitionChanged"));
            assertThat(line("benchmark-own")).as(where).isEmpty();
            assertNoPeerLines(where);
            assertAllNull(api, where, "ownValue", "n", "p10", "p25", "median", "p75", "p90", "mean", "percentRank");
            return;
        }
        assertThat(line("benchmark-own")).as(where).contains(t("benchmark.own", number(api, "ownValue")));
        assertThat(line("benchmark-small-sample").isPresent()).as(where).isEqualTo(api.get("smallSample").asBoolean());
        if (api.get("peerCell").isNull()) {
            assertThat(line("benchmark-cell")).as(where).contains(t("benchmark.insufficient"));
            assertThat(line("benchmark-quartiles")).as(where).isEmpty();
            assertAllNull(api, where, "n", "p10", "p25", "median", "p75", "p90", "mean", "percentRank");
        } else {
            assertThat(line("benchmark-cell")).as(where).contains(t("benchmark.peers",
                    api.get("peerCell").get("words").asString() + " (n = " + api.get("n").asInt() + ")"));
            if (api.get("median").isNull()) {
                assertThat(line("benchmark-quartiles")).as(where).contains(t("benchmark.noSpread"));
                assertAllNull(api, where, "p10", "p25", "p75", "p90", "mean", "percentRank");
            } else {
                assertThat(line("benchmark-quartiles")).as(where).contains(t("benchmark.quartiles",
                        number(api, "p25"), number(api, "median"), number(api, "p75"), number(api, "mean")));
            }
        }
        assertThat(line("benchmark-deciles")).as(where).isEqualTo(api.get("p10").isNull() ? Optional.empty()
                : Optional.of(t("benchmark.deciles", number(api, "p10"), number(api, "p90"))));
        assertThat(line("benchmark-rank")).as(where).isEqualTo(api.get("percentRank").isNull() ? Optional.empty()
                : Optional.of(t("benchmark.rank", number(api, "percentRank"))));
    }

    @SuppressWarnings("unchecked")
    private void compareSourcing(BenchmarkPeriod period) throws Exception {
        JsonNode items = api("/api/v1/benchmark/sourcing?period=" + period.label() + shownEdition()).get("items");
        String where = "in-house vs outsourced " + period.label();
        if (!$(Grid.class).withId("benchmark-sourcing").exists()) {
            for (JsonNode row : items) {
                for (String side : List.of("inHouse", "outsourced", "all")) {
                    assertThat(text(row.get(side).get("withheld"))).as(where + " " + row).isEqualTo("anonymity");
                }
            }
            return;
        }
        Grid<Object> grid = $(Grid.class).id("benchmark-sourcing");
        assertThat(grid.getGenericDataView().getItems().count()).as(where).isEqualTo(items.size());
        for (int index = 0; index < items.size(); index++) {
            JsonNode row = items.get(index);
            assertThat(test(grid).getCellText(index, 0)).as(where).isEqualTo(row.get("kpi").asString());
            List<String> sides = List.of("inHouse", "outsourced", "all");
            for (int column = 0; column < sides.size(); column++) {
                JsonNode side = row.get(sides.get(column));
                String expected = switch (String.valueOf(text(side.get("withheld")))) {
                    case "anonymity" -> "–";
                    case "no_spread" -> t("benchmark.side.noSpread", side.get("n").asInt());
                    default -> t("benchmark.side", number(side, "median"), number(side, "p25"), number(side, "p75"),
                            side.get("n").asInt());
                };
                if (!"null".equals(String.valueOf(text(side.get("withheld"))))) {
                    hiddenFiguresSeen++;
                }
                figuresCompared++;
                assertThat(test(grid).getCellText(index, column + 1)).as(where + " " + row).isEqualTo(expected);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void comparePooled(String label, BenchmarkPeriod period) throws Exception {
        JsonNode items = api("/api/v1/benchmark/pooled-vendors?kpi=" + encode(label) + "&period=" + period.label()
                + shownEdition()).get("items");
        String where = "pooled " + label + " " + period.label();
        if (!$(Grid.class).withId("benchmark-pooled").exists()) {
            assertThat(items.isEmpty()).as(where + ": the page shows no table").isTrue();
            return;
        }
        Grid<Object> grid = $(Grid.class).id("benchmark-pooled");
        assertThat(grid.getGenericDataView().getItems().count()).as(where).isEqualTo(items.size());
        for (int index = 0; index < items.size(); index++) {
            JsonNode row = items.get(index);
            boolean shown = row.get("withheld").isNull();
            String name = row.get("own").asBoolean() ? row.get("name").asString()
                    : t("benchmark.pooled.vendor", row.get("letter").asString());
            assertThat(row.get("own").asBoolean() || row.get("name").isNull()).as(where + " " + row).isTrue();
            assertThat(test(grid).getCellText(index, 0)).as(where + " " + row)
                    .isEqualTo(row.get("rank").isNull() ? "" : row.get("rank").asString());
            assertThat(test(grid).getCellText(index, 1)).as(where + " " + row).isEqualTo(name);
            assertThat(test(grid).getCellText(index, 2)).as(where + " " + row)
                    .isEqualTo(shown ? row.get("clients").asString() : "");
            assertThat(test(grid).getCellText(index, 3)).as(where + " " + row)
                    .isEqualTo(shown ? number(row, "value") : t("benchmark.pooled.tooFewClients"));
            if (!shown) {
                hiddenFiguresSeen++;
                assertAllNull(row, where, "rank", "clients", "value");
            }
            figuresCompared++;
        }
    }

    /** The edition the page shows its figures from, as the API's {@code edition} parameter. */
    private String shownEdition() {
        return "&edition=" + (edition.getValue() instanceof EditionChoice.Published published
                ? String.valueOf(published.editionId()) : "live");
    }

    private void assertNoPeerLines(String where) {
        for (String id : List.of("benchmark-cell", "benchmark-quartiles", "benchmark-deciles", "benchmark-rank")) {
            assertThat(line(id)).as(where + " (" + id + ")").isEmpty();
        }
    }

    private static void assertAllNull(JsonNode api, String where, String... names) {
        for (String name : names) {
            assertThat(api.get(name).isNull()).as(where + ": '" + name + "' is hidden on the page").isTrue();
        }
    }

    /** A line of the figure panel by its id, read from the panel's children (a query over the whole page is slow). */
    private Optional<String> line(String id) {
        return figure.getChildren().filter(child -> child instanceof Paragraph && child.getId().orElse("").equals(id))
                .map(child -> ((Paragraph) child).getText()).findFirst();
    }

    private JsonNode api(String path) throws Exception {
        return api.json(path, secret, locale);
    }

    private String number(JsonNode node, String name) {
        BigDecimal value = node.get(name).isNull() ? null : node.get(name).decimalValue();
        return Numbers.of(locale).number(value);
    }

    private String t(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String encode(String label) {
        return URLEncoder.encode(label, StandardCharsets.UTF_8);
    }
}
