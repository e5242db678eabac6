package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.survey.SubmittedResponses.csiAnswers;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.base.ui.BarChart;
import org.ccbench.base.ui.RecordRefusedView;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.SourcingModel;
import org.ccbench.survey.SubmittedResponses;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The results pages as each reader sees them: figures, charts, hidden cells, vendor pseudonyms and the downloads,
 * on responses stored in the real database.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ResultsViewTest extends SpringBrowserlessTest {

    static final String SATISFACTION = "o_overall_satisfaction";
    static final String CHOOSE_AGAIN = "If you had to decide today, would you choose the same set-up or partner again?";

    @Autowired
    CampaignService campaigns;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    SubmittedResponses responses;
    long delta;
    long serviceHub;

    @BeforeEach
    void vendors() {
        responses = new SubmittedResponses(dsl);
        delta = responses.organisationId("Callcenter Delta");
        serviceHub = responses.organisationId("ServiceHub Outsourcing");
    }

    /**
     * 6 in-house responses all 3 (index 50), 3 rating Callcenter Delta all 5 (index 100) and 3 rating ServiceHub all
     * 3 (index 50): every column has enough organisations. One in-house response praises the agents in words.
     */
    private long campaignWithTwelveResponses(String title) {
        long id = SubmittedResponses.launch(campaigns, title + " " + System.nanoTime(), false);
        Map<String, String> withText = new java.util.HashMap<>(csiAnswers("3"));
        withText.put("t_strength", "Friendly agents");
        responses.add(id, 1, SourcingModel.IN_HOUSE, null, withText);
        responses.add(id, 5, SourcingModel.IN_HOUSE, null, csiAnswers("3"));
        responses.add(id, 3, SourcingModel.OUTSOURCED, delta, csiAnswers("5"));
        responses.add(id, 3, SourcingModel.OUTSOURCED, serviceHub, csiAnswers("3"));
        return id;
    }

    @Test
    void administratorSeesResponseRateIndexTablesChartsAndBothDownloads() {
        long id = campaignWithTwelveResponses("Results view");

        navigate("campaigns/" + id + "/results", ResultsView.class);

        assertThat(text("results-responses")).isEqualTo("12 responses");
        assertThat(text("results-response-rate")).isEqualTo(
                "Response rate: 0.0% (0 of 2 invited organisations responded)");
        assertThat(text("results-anonymity")).isEqualTo(
                "Figures are shown only when at least 5 organisations answered; vendors need 3 raters.");
        NativeTable segments = $(NativeTable.class).id("results-segments");
        assertThat(segments.getCaptionText()).as("the administrator sees the rate per segment")
                .isEqualTo("Response rate per segment");
        assertThat(bodyRows(segments).stream().map(ResultsViewTest::cells).toList()).containsExactlyInAnyOrder(
                List.of("In-house", "1", "0", "0.0%"), List.of("Outsourced", "1", "0", "0.0%"));

        assertThat(headers("indices-table")).containsExactly("Index", "Total", "In-house", "Outsourced",
                "Vendor A", "Vendor B");
        assertThat(row("indices-table", 0)).as("(6 × 50 + 3 × 100 + 3 × 50) / 12 in total")
                .containsExactly("Client satisfaction index", "62.5", "50.0", "75.0", "100.0", "50.0");
        BarChart indexChart = $(BarChart.class).id("indices-chart");
        assertThat(indexChart.getLabels()).containsExactly("Total", "In-house", "Outsourced", "Vendor A", "Vendor B");

        assertThat(row("result-table-" + SATISFACTION, 2)).containsExactly("3 Neither satisfied nor dissatisfied",
                "75% (9)", "100% (6)", "50% (3)", "0% (0)", "100% (3)");
        assertThat(rowLabelled("result-table-" + SATISFACTION, "Mean")).containsExactly("Mean", "3.50", "3.00",
                "4.00", "5.00", "3.00");
        BarChart distribution = $(BarChart.class).id("chart-" + SATISFACTION);
        assertThat(distribution.isStacked()).isTrue();
        assertThat(distribution.getLabels()).as("one stacked bar per shown column")
                .containsExactly("Total", "In-house", "Outsourced", "Vendor A", "Vendor B");
        assertThat(distribution.getDatasets()).extracting(BarChart.Dataset::label).containsExactly(
                "1 Very dissatisfied", "2 Dissatisfied", "3 Neither satisfied nor dissatisfied", "4 Satisfied",
                "5 Very satisfied");

        assertThat($(Component.class).id("texts-t_strength").getElement().getTextRecursively())
                .isEqualTo("Friendly agents");
        assertThat($(Anchor.class).id("results-download").getText()).isEqualTo("Download results (xlsx)");
        assertThat($(Anchor.class).id("responses-download").getText()).isEqualTo("Download raw responses (xlsx)");
    }

    @Test
    void administratorDownloadsTheResultsAsShownAndTheRawResponses() throws IOException {
        long id = campaignWithTwelveResponses("Results download");
        navigate("campaigns/" + id + "/results", ResultsView.class);
        test($(Select.class).id("breakdown-select")).selectItem(CHOOSE_AGAIN);

        ByteArrayOutputStream results = new ByteArrayOutputStream();
        test($(Anchor.class).id("results-download")).download(results);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        test($(Anchor.class).id("responses-download")).download(raw);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(results.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(cellTexts(workbook.getSheet("Questions"))).as("the breakdown on the page")
                    .contains("I would have doubts");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(raw.toByteArray()))) {
            assertThat(workbook.getSheet("Responses").getLastRowNum()).as("a heading and 12 responses")
                    .isEqualTo(12);
        }
    }

    private static List<String> cellTexts(Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
        return texts;
    }

    @Test
    void breakingDownByAnAnswerRedrawsTheColumns() {
        long id = campaignWithTwelveResponses("Results breakdown");
        navigate("campaigns/" + id + "/results", ResultsView.class);

        test($(Select.class).id("breakdown-select")).selectItem(CHOOSE_AGAIN);

        assertThat(headers("result-table-" + SATISFACTION)).containsExactly("Answer", "Total", "Yes",
                "I would have doubts", "No");
        assertThat(rowLabelled("result-table-" + SATISFACTION, "n (answered)"))
                .as("'Yes' holds the 3 organisations rating Callcenter Delta, 'No' none: total − 'doubts' would give "
                        + "the three, so 'doubts' hides too (A2; an empty cell protects nobody)")
                .containsExactly("n (answered)", "12", "–", "–", "–");
        assertThat($(BarChart.class).id("chart-" + SATISFACTION).getLabels()).containsExactly("Total");

        test($(Select.class).id("breakdown-select")).selectItem("In-house / Outsourced / vendors");
        assertThat(headers("result-table-" + SATISFACTION)).contains("In-house", "Vendor A");
    }

    @Test
    void hiddenCellsShowADashWithTheirReason() {
        long id = SubmittedResponses.launch(campaigns, "Results hidden " + System.nanoTime(), false);
        responses.add(id, 3, SourcingModel.IN_HOUSE, null, Map.of(SATISFACTION, "4"));
        responses.add(id, 5, SourcingModel.OUTSOURCED, delta, Map.of(SATISFACTION, "5"));
        responses.add(id, 4, SourcingModel.OUTSOURCED, serviceHub, Map.of(SATISFACTION, "2"));

        navigate("campaigns/" + id + "/results", ResultsView.class);

        NativeTable table = table("result-table-" + SATISFACTION);
        List<NativeTableCell> nRow = bodyRows(table).stream()
                .filter(row -> row.getHeaderCells().getFirst().getText().equals("n (answered)")).findFirst()
                .orElseThrow().getDataCells();
        assertThat(nRow).extracting(NativeTableCell::getText).containsExactly("12", "–", "–", "5", "–");
        assertThat(nRow).extracting(cell -> cell.getTitle().orElse("")).containsExactly("",
                "Hidden: fewer than 5 organisations", "Hidden to protect another cell", "",
                "Hidden to protect another cell");
        assertThat($(ResultTable.class).id("result-table-" + SATISFACTION).getChildren()
                .filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList()).containsExactly(
                "– hidden: fewer than 5 organisations answered (a vendor: fewer than 3 rating organisations).",
                "– hidden to protect another cell, which could otherwise be worked out from the total.");
        assertThat($(BarChart.class).id("chart-" + SATISFACTION).getLabels()).as("no bar for a hidden cell")
                .containsExactly("Total", "Vendor A");
    }

    @Test
    void aNumberCellWithoutSpreadShowsItsNAndNoSpread() {
        long id = SubmittedResponses.launch(campaigns, "Results no spread " + System.nanoTime(), false);
        for (int i = 0; i < 6; i++) {
            responses.add(id, 1, SourcingModel.IN_HOUSE, null, Map.of("s_sl_threshold", "20"));
            responses.add(id, 1, SourcingModel.NONE, null, Map.of("s_sl_threshold", String.valueOf(15 + 5 * i)));
        }

        navigate("campaigns/" + id + "/results", ResultsView.class);

        assertThat(rowLabelled("result-table-s_sl_threshold", "n (answered)"))
                .containsExactly("n (answered)", "12", "6", "–");
        assertThat(rowLabelled("result-table-s_sl_threshold", "Median"))
                .containsExactly("Median", "20.00", "no spread", "–");
        assertThat($(ResultTable.class).id("result-table-s_sl_threshold").getChildren()
                .filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).toList())
                .anyMatch(line -> line.startsWith("no spread: every organisation in the cell gave the same number"));
    }

    @Test
    void vendorSeesItsOwnNameOtherVendorsUnderPseudonymsAndNoRawResponses() {
        long id = campaignWithTwelveResponses("Results for vendors");
        responses.publish(campaigns, id);
        SignIn.as(principal("vendor@callcenter-delta.example"));

        navigate("campaigns/" + id + "/results", ResultsView.class);

        assertThat(headers("indices-table")).containsExactly("Index", "Total", "In-house", "Outsourced",
                "Callcenter Delta", "Vendor B");
        assertThat($(Anchor.class).withId("results-download").exists()).isTrue();
        assertThat($(Anchor.class).withId("responses-download").exists()).isFalse();
        assertThat($(NativeTable.class).withId("results-segments").exists()).isFalse();
        assertThat($(Component.class).withId("texts-t_strength").exists()).isFalse();
        assertThat($(ResultsView.class).single().getElement().getTextRecursively())
                .contains("Free-text answers are shown only to the benchmark administrator.")
                .doesNotContain("Friendly agents", "ServiceHub");
    }

    @Test
    void sourcingManagerCannotOpenTheResultsOfAnUnpublishedCampaign() {
        long id = campaignWithTwelveResponses("Results unpublished");
        SignIn.as(principal("sourcing@noordzee-energie.example"));

        navigate("campaigns/" + id + "/results", RecordRefusedView.class);

        assertThat(text("refused-title")).isEqualTo("Not found or not allowed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sourcingManagerOpensPublishedResultsFromTheList() {
        long unpublished = campaignWithTwelveResponses("Results list unpublished");
        long published = campaignWithTwelveResponses("Results list published");
        responses.publish(campaigns, published);
        SignIn.as(principal("sourcing@noordzee-energie.example"));

        navigate(PublishedCampaignsView.class);
        Grid<CampaignOverview> grid = $(Grid.class).id("published-campaigns-grid");
        List<Long> listed = grid.getGenericDataView().getItems().map(c -> c.campaign().id()).toList();
        assertThat(listed).contains(published).doesNotContain(unpublished);

        test(grid).select(listed.indexOf(published));

        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        assertThat(text("results-phase")).isEqualTo("Status: Published");
    }

    @Test
    void theResultsListNamesTheQuestionnaireByItsTitleInTheReadersLanguageNotByItsCode() {
        long published = campaignWithTwelveResponses("Results list title");
        responses.publish(campaigns, published);

        navigate(PublishedCampaignsView.class);
        assertThat(questionnaireCell(published)).isEqualTo("Client satisfaction with your contact center");

        navigate("campaigns/" + published + "/results", ResultsView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        navigate(PublishedCampaignsView.class);
        assertThat(questionnaireCell(published)).isEqualTo("Tevredenheid van opdrachtgevers over hun contactcenter");
    }

    @Test
    void aQuestionIsHeadedByItsTextInTheReadersLanguageWithItsCodeOnlyAsASmallHint() {
        long id = campaignWithTwelveResponses("Results question text");

        navigate("campaigns/" + id + "/results", ResultsView.class);
        QuestionResultPanel staff = $(QuestionResultPanel.class).id("question-f_staff");
        assertThat($(com.vaadin.flow.component.html.H4.class, staff).single().getText())
                .isEqualTo("Knowledge, attitude and ownership shown by the agents");
        assertThat($(com.vaadin.flow.component.html.Span.class, staff).withClassName("result-question-code")
                .single().getText()).isEqualTo("f_staff");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        navigate("campaigns/" + id + "/results", ResultsView.class);
        staff = $(QuestionResultPanel.class).id("question-f_staff");
        assertThat($(com.vaadin.flow.component.html.H4.class, staff).single().getText())
                .isEqualTo("Kennis, houding en eigenaarschap van de medewerkers");
    }

    @Test
    void searchingKeepsOnlyTheMatchingQuestionsAndTheirSections() {
        long id = campaignWithTwelveResponses("Results search");
        navigate("campaigns/" + id + "/results", ResultsView.class);

        QuestionResultPanel recommend = $(QuestionResultPanel.class).id("question-o_recommend");
        QuestionResultPanel satisfaction = $(QuestionResultPanel.class).id("question-" + SATISFACTION);
        Component performanceSection = $(QuestionResultPanel.class).id("question-f_staff").getParent().orElseThrow();
        Paragraph noMatch = (Paragraph) $(QuestionResultsList.class).single().getChildren()
                .filter(Paragraph.class::isInstance).findFirst().orElseThrow();
        assertThat(noMatch.isVisible()).isFalse();

        test($(TextField.class).id("question-filter")).setValue("recommend peer");

        assertThat(recommend.isVisible()).isTrue();
        assertThat(satisfaction.isVisible()).as("same section, no match").isFalse();
        assertThat(performanceSection.isVisible()).as("a section with no match is hidden").isFalse();

        test($(TextField.class).id("question-filter")).setValue("no such words");
        assertThat(recommend.isVisible()).isFalse();
        assertThat(noMatch.getText()).isEqualTo("No question matches your search.");
        assertThat(noMatch.isVisible()).isTrue();
    }

    @Test
    void campaignPageOpensItsResults() {
        long id = campaignWithTwelveResponses("Results button");
        navigate("admin/campaigns/" + id, Component.class);

        test($(Button.class).id("results-button")).click();

        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
    }

    private SignedInUser principal(String email) {
        return (SignedInUser) users.loadUserByUsername(email);
    }

    private String questionnaireCell(long campaignId) {
        Grid<CampaignOverview> grid = $(Grid.class).id("published-campaigns-grid");
        List<Long> listed = grid.getGenericDataView().getItems().map(c -> c.campaign().id()).toList();
        return test(grid).getCellText(listed.indexOf(campaignId), 1);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private NativeTable table(String resultTableId) {
        Component block = $(Component.class).id(resultTableId);
        return $(NativeTable.class).from(block).first();
    }

    private List<String> headers(String resultTableId) {
        return table(resultTableId).getHead().getRows().getFirst().getHeaderCells().stream()
                .map(NativeTableHeaderCell::getText).toList();
    }

    private static List<NativeTableRow> bodyRows(NativeTable table) {
        return table.getBody().getRows();
    }

    private List<String> row(String resultTableId, int index) {
        return cells(bodyRows(table(resultTableId)).get(index));
    }

    private List<String> rowLabelled(String resultTableId, String label) {
        return bodyRows(table(resultTableId)).stream().map(ResultsViewTest::cells)
                .filter(cells -> cells.getFirst().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }
}
