package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.AUDIT_EVENT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.testsupport.AuditTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Finding things on the benchmark page: the searchable KPI picker limited to the unit's channels, periods with data,
 * the value matrix's own explanation, empty states that say why, and the xlsx of the tab on screen that holds nothing
 * the screen hides.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class BenchmarkFindingViewTest extends SpringBrowserlessTest {

    static final String SANNE = "sourcing@noordzee-energie.example";

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    SubmissionService submissions;

    @Autowired
    BenchmarkService benchmarks;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        AuditTables.empty(dsl);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theKpiPickerIsSearchableAndOffersOnlyTheChannelsTheUnitServes() {
        navigate("benchmark", Component.class);
        ComboBox<String> kpi = $(ComboBox.class).id("benchmark-kpi");
        Select<SubmissionUnit> unit = $(Select.class).id("benchmark-unit");
        Set<String> served = unit.getValue().channels();

        test(kpi).setFilter("abandon");
        List<String> found = test(kpi).getSuggestions();
        assertThat(found).as("the search matches the KPI names").isNotEmpty()
                .allMatch(label -> label.toLowerCase(Locale.ROOT).contains("abandon"));
        assertThat(test(kpi).getSuggestionItems()).as("only the unit's channels")
                .allMatch(label -> !label.contains("[") || served.contains(label.substring(label.indexOf('[') + 1,
                        label.length() - 1)));
        test(kpi).setFilter("");
        assertThat(kpi.getGenericDataView().getItems().count()).isLessThan(benchmarks.kpiLabels().size());
        test(kpi).selectItem("Cost per handled contact");
        assertThat($(Paragraph.class).id("benchmark-own").getText()).startsWith("Your value: ");
        kpi.clear();
        assertThat(kpi.getValue()).as("a cleared picker keeps the KPI").isEqualTo("CPC");

        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        List<BenchmarkPeriod> offered = period.getGenericDataView().getItems().toList();
        assertThat(offered).isNotEmpty().allMatch(shown -> !benchmarks.periodsWithData(List.of(shown)).isEmpty());
        assertThat(offered).doesNotContain(BenchmarkPeriod.year(TestClock.THIS_MONTH.getYear() - 3));

        TabSheet tabs = $(TabSheet.class).id("benchmark-tabs");
        test(tabs).select(1);
        assertThat(kpi.isEnabled()).as("the value matrix does not use the KPI").isFalse();
        assertThat(kpi.getHelperText()).isEqualTo("Not used on the tab \"Value matrix\"");
        assertThat($(Paragraph.class).id("benchmark-matrix-no-kpi").getText())
                .startsWith("The value matrix does not use the KPI chosen above");
        test(tabs).select(0);
        assertThat(kpi.isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theValueMatrixSaysOnceThatTheUnitHasNoFiguresInsteadOfInEveryCell() {
        navigate("benchmark", Component.class);
        test($(Select.class).id("benchmark-unit")).selectItem("Zwolle telefonie");
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        BenchmarkPeriod lastMonth = BenchmarkPeriod.month(TestClock.THIS_MONTH.minusMonths(1));
        period.setValue(lastMonth);
        test($(TabSheet.class).id("benchmark-tabs")).select(1);

        String matrixText = $(Div.class).id("benchmark-matrix").getElement().getTextRecursively();
        assertThat(matrixText).as("the demo's last month of Zwolle telefonie is not approved")
                .contains("Benchmark → Value matrix, " + lastMonth.label() + ": your unit has no approved months");
        assertThat(occurrences(matrixText, "no approved")).isEqualTo(1);
        assertThat(occurrences(matrixText, "Insufficient peers")).isZero();
        assertThat($(Div.class).withId("benchmark-matrix-eliminate").exists()).as("no cells to repeat it in")
                .isFalse();

        period.setValue(period.getGenericDataView().getItems().skip(2).findFirst().orElseThrow());
        matrixText = $(Div.class).id("benchmark-matrix").getElement().getTextRecursively();
        assertThat(occurrences(matrixText, "no peer group for this KPI and period"))
                .as("the full reason for missing peers stands at most once").isLessThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theDownloadIsTheKpiTabOnScreenWithNumbersAsNumbersAndIsAudited() throws Exception {
        navigate("benchmark", Component.class);
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        period.setValue(period.getGenericDataView().getItems().skip(2).findFirst().orElseThrow());
        String screen = $(Div.class).id("benchmark-figure").getElement().getTextRecursively();
        TrendChart.Series trend = $(TrendChart.class).id("benchmark-trend").getSeries();

        Sheet sheet = download().getSheetAt(0);
        List<String> texts = texts(sheet);
        SubmissionUnit unit = (SubmissionUnit) $(Select.class).id("benchmark-unit").getValue();
        assertThat(texts).contains("Benchmark · KPI against peers", unit.name(), "Your value")
                .anyMatch(text -> text.startsWith("outsourced") || text.startsWith("in-house and outsourced"));
        List<Cell> numbers = numbers(sheet);
        assertThat(numbers).as("figures are numeric cells").isNotEmpty();
        assertThat(numbers).allMatch(cell -> cell.getCellStyle().getDataFormatString().startsWith("#,##0"));
        int trendStart = rowOf(sheet, "Last twelve months against the peer band (P25–P75)");
        for (Cell cell : numbers) {
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
            if (cell.getRowIndex() < trendStart) {
                assertThat(screen).as("every figure of the export is on screen: " + value)
                        .containsPattern("(^|[^0-9.])" + plain(value).replace(".", "\\.") + "0*([^0-9]|$)");
            } else {
                List<Number> chart = new ArrayList<>(trend.own());
                chart.addAll(trend.low());
                chart.addAll(trend.high());
                assertThat(chart.stream().filter(java.util.Objects::nonNull)
                        .map(n -> new BigDecimal(n.toString()).compareTo(value) == 0)).contains(true);
            }
        }
        long unitId = unit.id();
        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID).from(AUDIT_EVENT)
                .fetch(record -> record.value1() + " " + record.value2() + " " + record.value3()))
                .containsExactly(BenchmarkDownload.EXPORTED + " reporting_unit " + unitId);
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = SANNE, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPeerCellWithoutEnoughPeersIsExportedAsItsLabelWithoutAFigure() throws Exception {
        navigate("benchmark", Component.class);
        Select<PeerScope> scope = $(Select.class).id("benchmark-scope");
        Select<BenchmarkPeriod> period = $(Select.class).id("benchmark-period");
        boolean found = false;
        for (PeerScope narrow : PeerScope.values()) {
            scope.setValue(narrow);
            for (BenchmarkPeriod shown : period.getGenericDataView().getItems().toList()) {
                period.setValue(shown);
                if ($(Paragraph.class).withId("benchmark-cell").exists() && $(Paragraph.class).id("benchmark-cell")
                        .getText().startsWith("Insufficient peers")) {
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        assertThat(found).as("the demo has a period and peer group without enough peers").isTrue();

        Sheet sheet = download().getSheetAt(0);
        assertThat(texts(sheet)).anyMatch(text -> text.startsWith("Insufficient peers: "));
        int trendStart = rowOf(sheet, "Last twelve months against the peer band (P25–P75)");
        assertThat(numbers(sheet).stream().filter(cell -> cell.getRowIndex() < trendStart))
                .as("only the unit's own value, no peer figure").hasSizeLessThanOrEqualTo(1);
        assertThat(texts(sheet)).noneMatch(text -> text.equals("P25") || text.equals("Median"));
    }

    @Test
    @SuppressWarnings("unchecked")
    @WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aVendorsExportOfTheVendorsTabHoldsNoHiddenVendorAndIsInDutch() throws Exception {
        UI.getCurrent().setLocale(Locale.of("nl"));
        navigate("benchmark", Component.class);
        test($(TabSheet.class).id("benchmark-tabs")).select(2);

        XSSFWorkbook workbook = download();
        List<String> texts = texts(workbook.getSheetAt(0));
        Locale dutch = Locale.of("nl");
        assertThat(texts).contains("Benchmark · " + I18NProvider.translate(dutch, "benchmark.tab.vendors"),
                        I18NProvider.translate(dutch, "benchmark.pooled.title"))
                .as("a vendor never sees the client's own-vendor table")
                .doesNotContain(I18NProvider.translate(dutch, "benchmark.vendors.title"), "Your vendors", "Vendors");
        for (Row row : workbook.getSheetAt(0)) {
            boolean hidden = row.getCell(3) != null && row.getCell(3).getCellType() == CellType.STRING
                    && row.getCell(3).getStringCellValue().equals(I18NProvider.translate(dutch, "benchmark.pooled.tooFewClients"));
            if (hidden) {
                assertThat(row.getCell(2)).as("no client count of a hidden vendor").isNull();
                assertThat(row.getCell(0)).as("no rank of a hidden vendor").isNull();
            }
        }
    }

    private XSSFWorkbook download() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test($(Anchor.class).id("benchmark-xlsx")).download(bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    private static List<Cell> numbers(Sheet sheet) {
        List<Cell> numbers = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                numbers.add(cell);
            }
        }));
        return numbers;
    }

    private static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static String plain(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain;
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
