package org.ccbench.survey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.survey.ResultsService;
import org.ccbench.testsupport.ApiCalls;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 §5 for survey results: for a vendor, a sourcing manager and a center manager, the API lists the campaigns
 * the user's results page offers, and for each campaign every cell of the indices and of every question table is
 * compared column by column with the results page (browserless): a cell the page hides ("–") has no number in the
 * API, a cell without spread only what the page writes, and every number the API gives is written in its column.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class SurveyApiScreenParityTest extends SpringBrowserlessTest {

    static final List<String> FIGURES = List.of("n", "nNa", "mean", "top2", "bottom2", "nps", "promoters",
            "passives", "detractors", "p25", "median", "p75");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ResultsService results;

    ApiCalls api;
    String secret;
    Locale locale;
    int cellsCompared;
    int hiddenCellsSeen;
    int intervalsCompared;
    int previousCompared;

    @BeforeEach
    void api() {
        api = ApiCalls.on(context);
    }

    @Test
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aVendorsApiResultsAreExactlyThoseOnItsResultsPages() throws Exception {
        compareEveryCampaign();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSourcingManagersApiResultsAreExactlyThoseOnTheResultsPages() throws Exception {
        compareEveryCampaign();
    }

    @Test
    @WithUserDetails(value = "center@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aCenterManagersApiResultsAreExactlyThoseOnTheResultsPages() throws Exception {
        compareEveryCampaign();
    }

    private void compareEveryCampaign() throws Exception {
        secret = api.tokenOfSignedInUser();
        List<Long> readable = results.readableCampaigns().stream().map(overview -> overview.campaign().id()).toList();
        JsonNode campaigns = api("/api/v1/survey/campaigns").get("items");
        List<Long> listed = new ArrayList<>();
        campaigns.forEach(campaign -> listed.add(campaign.get("id").asLong()));
        assertThat(listed).as("the API lists the campaigns the results list offers").isEqualTo(readable)
                .isNotEmpty();
        for (long id : listed) {
            navigate("campaigns/" + id + "/results", Component.class);
            locale = UI.getCurrent().getLocale();
            JsonNode api = api("/api/v1/survey/campaigns/" + id + "/results");
            compareIndices(api);
            for (JsonNode question : api.get("questions")) {
                compareQuestion(question, api);
            }
        }
        assertThat(cellsCompared).as("cells compared").isGreaterThan(20);
        assertThat(hiddenCellsSeen).as("the comparison met cells the page hides").isPositive();
        assertThat(intervalsCompared).as("intervals compared").isPositive();
        assertThat(previousCompared).as("previous-wave figures compared").isPositive();
    }

    private void compareIndices(JsonNode api) {
        if (api.get("indices").isEmpty()) {
            return;
        }
        NativeTable table = table("indices-table");
        assertThat(headers(table)).containsExactlyElementsOf(columnLabels(api));
        List<NativeTableRow> rows = table.getBody().getRows();
        for (JsonNode index : api.get("indices")) {
            int row = 0;
            while (!cells(rows.get(row)).getFirst().equals(index.get("name").asString())) {
                row++;
            }
            List<String> values = cells(rows.get(row));
            List<String> raters = cells(rows.get(row + 1));
            assertThat(values.getFirst()).isEqualTo(index.get("name").asString());
            Map<String, List<String>> statistics = statisticsRows(rows.subList(row + 2, rows.size()), "indices-table");
            for (int column = 0; column < index.get("cells").size(); column++) {
                JsonNode cell = index.get("cells").get(column);
                String where = "index " + index.get("indexId").asString() + " " + cell;
                String withheld = cell.get("withheld").isNull() ? null : cell.get("withheld").asString();
                cellsCompared++;
                if (withheld == null) {
                    assertThat(values.get(column + 1)).as(where).isEqualTo(number(cell.get("mean")));
                    assertThat(raters.get(column + 1)).as(where).isEqualTo(count(cell.get("n")));
                    compareStatistics(cell, column + 1, statistics, false, where);
                    continue;
                }
                hiddenCellsSeen++;
                assertNoFigures(cell, where);
                String shown = "no_spread".equals(withheld) ? t("results.noSpread") : "–";
                assertThat(List.of(values.get(column + 1), raters.get(column + 1))).as(where)
                        .containsOnly(shown);
            }
        }
    }

    private void compareQuestion(JsonNode question, JsonNode api) {
        String id = "result-table-" + question.get("questionId").asString();
        if (!$(Component.class).withId(id).exists()) {
            for (JsonNode cell : question.get("cells")) {
                assertNoFigures(cell, "question without a table " + id);
                assertThat(cell.get("n").isNull()).as(id).isTrue();
            }
            return;
        }
        NativeTable table = table(id);
        assertThat(headers(table)).as(id).containsExactlyElementsOf(columnLabels(api));
        List<List<String>> rows = table.getBody().getRows().stream().map(SurveyApiScreenParityTest::cells)
                .filter(cells -> !previousWave(cells.getFirst())).toList();
        Map<String, List<String>> statistics = statisticsRows(table.getBody().getRows(), id);
        boolean nps = "NPS0_10".equals(question.get("type").asString());
        String wave = question.get("wave").isNull() ? null : question.get("wave").asString();
        if (!api.get("previousWave").isNull() && !"compared".equals(wave) && !"no_previous_wave".equals(wave)) {
            assertThat($(Paragraph.class).withId("wave-note-" + id).exists()).as(id + " is not compared (" + wave
                    + "): the page says why").isTrue();
        }
        String nRow = t("results.row.n");
        for (int column = 0; column < question.get("cells").size(); column++) {
            JsonNode cell = question.get("cells").get(column);
            int at = column + 1;
            List<String> texts = rows.stream().map(cells -> cells.get(at)).toList();
            String counted = rows.stream().filter(cells -> cells.getFirst().equals(nRow)).findFirst().orElseThrow()
                    .get(at);
            String where = id + " " + cell;
            String withheld = cell.get("withheld").isNull() ? null : cell.get("withheld").asString();
            cellsCompared++;
            if (withheld == null) {
                assertThat(counted).as(where).isEqualTo(count(cell.get("n")));
                for (String expected : shownFigures(cell)) {
                    assertThat(texts).as(where + " shows " + expected).contains(expected);
                }
                compareStatistics(cell, at, statistics, nps, where);
                continue;
            }
            hiddenCellsSeen++;
            assertNoFigures(cell, where);
            if ("no_spread".equals(withheld)) {
                assertThat(counted).as(where).isEqualTo(count(cell.get("n")));
                assertThat(texts.stream().filter(text -> !text.equals(counted) && !text.isBlank())).as(where)
                        .containsOnly(t("results.noSpread"));
            } else {
                assertThat(cell.get("n").isNull()).as(where).isTrue();
                assertThat(texts.stream().filter(text -> !text.isBlank())).as(where + " (rows such as the previous "
                        + "wave's are left empty)").containsOnly("–");
            }
        }
    }

    /** Each number of a shown cell as the page writes it. */
    private List<String> shownFigures(JsonNode cell) {
        List<String> expected = new ArrayList<>();
        if (cell.get("nNa").asInt() > 0) {
            expected.add(count(cell.get("nNa")));
        }
        for (String name : List.of("mean", "p25", "median", "p75")) {
            if (!cell.get(name).isNull()) {
                expected.add(number(cell.get(name)));
            }
        }
        for (String name : List.of("top2", "bottom2", "promoters", "passives", "detractors")) {
            if (!cell.get(name).isNull()) {
                expected.add(number(cell.get(name)) + "%");
            }
        }
        if (!cell.get("nps").isNull()) {
            BigDecimal nps = cell.get("nps").decimalValue();
            expected.add(nps.signum() > 0 ? "+" + number(cell.get("nps")) : number(cell.get("nps")));
        }
        for (JsonNode option : cell.get("options")) {
            expected.add(number(option.get("percent")) + "% (" + count(option.get("count")) + ")");
        }
        return expected;
    }

    /**
     * The statistics rows (interval, vendor against the rest, previous wave, change) that follow, by their id without
     * the table's key: e.g. {@code interval}, {@code top2-change}, {@code previous-3}; each row's texts by column.
     */
    private static Map<String, List<String>> statisticsRows(List<NativeTableRow> rows, String key) {
        Map<String, List<String>> statistics = new HashMap<>();
        for (NativeTableRow row : rows) {
            if (!row.hasClassName("result-statistics-row")) {
                if (key.equals("indices-table")) {
                    break;
                }
                continue;
            }
            String id = row.getId().orElseThrow();
            assertThat(id).endsWith("-" + key);
            statistics.put(id.substring(0, id.length() - key.length() - 1), cells(row));
        }
        return statistics;
    }

    /**
     * Issue 17 §5 with SCORING.md §5.7–§5.8: every interval, verdict and previous-wave figure the API gives for a cell
     * is written in exactly that cell of the page's statistics row; the API may leave out what the page shows (e.g. the
     * previous wave where this wave hides the cell), never show what it leaves out.
     */
    private void compareStatistics(JsonNode cell, int column, Map<String, List<String>> rows, boolean nps,
                                   String where) {
        if (!cell.get("interval").isNull() || !cell.get("top2Interval").isNull()) {
            intervalsCompared++;
        }
        expect(rows, "interval", column, interval(cell.get("interval"), nps, false), where);
        expect(rows, "top2-interval", column, interval(cell.get("top2Interval"), false, true), where);
        expect(rows, "vs-rest", column, verdict(cell.get("vsRest"), "results.vsRest."), where);
        JsonNode previous = cell.get("previous");
        if (previous.isNull()) {
            return;
        }
        if (!previous.get("withheld").isNull()) {
            for (String name : List.of("value", "difference", "change", "top2", "top2Difference", "top2Change")) {
                assertThat(previous.get(name).isNull()).as(where + ": a withheld previous cell has no " + name)
                        .isTrue();
            }
            assertThat(previous.get("options").isEmpty()).as(where).isTrue();
            rows.forEach((id, texts) -> {
                if (id.startsWith("previous")) {
                    assertThat(texts.get(column)).as(where + " " + id).isEqualTo("–");
                }
            });
            return;
        }
        previousCompared++;
        Numbers numbers = Numbers.of(locale);
        expect(rows, "previous", column, figure(previous.get("value"), nps, false), where);
        expect(rows, "change", column, change(previous.get("difference"), previous.get("change"), false), where);
        expect(rows, "top2-previous", column, figure(previous.get("top2"), false, true), where);
        expect(rows, "top2-change", column, change(previous.get("top2Difference"), previous.get("top2Change"), true),
                where);
        for (JsonNode option : previous.get("options")) {
            String share = figure(option.get("percent"), false, true);
            String expected = option.get("change").isNull() ? share : share + " → "
                    + numbers.signed(option.get("difference").decimalValue()) + " " + t("results.percentagePoints")
                    + " " + verdict(option.get("change"), "results.change.");
            expect(rows, "previous-" + option.get("code").asString(), column, expected, where);
        }
    }

    /** A figure the API gives must be in that row and column; one it leaves out is not checked. */
    private static void expect(Map<String, List<String>> rows, String row, int column, String expected,
                               String where) {
        if (expected == null) {
            return;
        }
        assertThat(rows).as(where + ": the page has a row '" + row + "'").containsKey(row);
        assertThat(rows.get(row).get(column)).as(where + " (" + row + ")").isEqualTo(expected);
    }

    private String interval(JsonNode interval, boolean signed, boolean percent) {
        return interval.isNull() ? null : figure(interval.get("low"), signed, percent) + " – "
                + figure(interval.get("high"), signed, percent);
    }

    private String figure(JsonNode value, boolean signed, boolean percent) {
        if (value.isNull()) {
            return null;
        }
        Numbers numbers = Numbers.of(locale);
        String text = signed ? numbers.signed(value.decimalValue()) : numbers.number(value.decimalValue());
        return percent ? text + "%" : text;
    }

    private String change(JsonNode difference, JsonNode verdict, boolean percent) {
        if (difference.isNull()) {
            return null;
        }
        return Numbers.of(locale).signed(difference.decimalValue()) + (percent ? " " + t("results.percentagePoints")
                : "") + " " + verdict(verdict, "results.change.");
    }

    /** As the page writes a verdict: an arrow only for a significant difference. */
    private String verdict(JsonNode code, String prefix) {
        if (code.isNull()) {
            return null;
        }
        return switch (code.asString()) {
            case "up" -> "▲ " + t(prefix + "up");
            case "down" -> "▼ " + t(prefix + "down");
            case "not_significant" -> t(prefix + "none");
            case "not_testable" -> t("results.notTestable");
            default -> throw new AssertionError("unknown verdict " + code);
        };
    }

    private static void assertNoFigures(JsonNode cell, String where) {
        for (String name : List.of("interval", "top2Interval", "vsRest", "previous")) {
            assertThat(cell.get(name).isNull()).as(where + ": a withheld cell has no '" + name + "'").isTrue();
        }
        for (String name : FIGURES) {
            if (!name.equals("n")) {
                assertThat(cell.get(name).isNull()).as(where + ": '" + name + "' is hidden on the page").isTrue();
            }
        }
        assertThat(cell.get("options").isNull() || cell.get("options").isEmpty()).as(where).isTrue();
    }

    private NativeTable table(String id) {
        return $(NativeTable.class).from($(Component.class).id(id)).first();
    }

    private static List<String> headers(NativeTable table) {
        List<String> headers = table.getHead().getRows().getFirst().getHeaderCells().stream()
                .map(NativeTableHeaderCell::getText).toList();
        return headers.subList(1, headers.size());
    }

    private static List<String> columnLabels(JsonNode api) {
        List<String> labels = new ArrayList<>();
        api.get("columns").forEach(column -> labels.add(column.get("label").asString()));
        return labels;
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }

    private JsonNode api(String path) throws Exception {
        return api.json(path, secret, UI.getCurrent().getLocale());
    }

    /** As the results page writes a figure: exactly the decimals it was rounded to, in the reader's notation. */
    private String number(JsonNode value) {
        return value.isNull() ? "–" : format(value.decimalValue());
    }

    private String format(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private String count(JsonNode value) {
        return NumberFormat.getIntegerInstance(locale).format(value.asLong());
    }

    private String t(String key) {
        return Translations.text(locale, key);
    }

    /**
     * A row about the previous wave (its figure or the change), which follows that wave's own anonymity rules and is
     * not part of this campaign's API results.
     */
    private boolean previousWave(String label) {
        String marker = "\u0000";
        return label.equals(t("results.row.change")) || label.equals(t("results.row.top2Change"))
                || label.startsWith(Translations.text(locale, "results.row.previous", marker).split(marker)[0])
                || label.startsWith(Translations.text(locale, "results.row.top2Previous", marker).split(marker)[0])
                || label.endsWith(Translations.text(locale, "results.row.optionPrevious", marker).split(marker)[1]);
    }
}
