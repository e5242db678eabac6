package org.ccbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.ccbench.kpi.KpiTables;
import org.ccbench.report.YearlyReportService.Format;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;
import org.ccbench.survey.ResultsService;
import org.ccbench.survey.ShownInterval;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.template.QuestionType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The yearly report's survey section against the results page of the same reader and campaign
 * ({@link ResultsService#results}): in the PDF's text and in the workbook's cells, every shown cell of the index and
 * the key questions has the page's figure, 95 % interval, previous wave, difference and verdict — "significantly
 * up/down" only where the page says so — and a vendor's verdict against the rest of the total, in English and Dutch.
 * The expected words are built here from the page's translation keys, not by the code under test.
 */
@DemoPortalTest
class YearlyReportSurveyTest {

    @Autowired
    YearlyReportService reports;

    @Autowired
    ResultsService results;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    /** One figure of the page: the index, a Likert mean or top-2-box, an NPS. */
    private record Measure(String item, String measureKey, boolean headline, List<ResultCell> cells,
                           boolean compared, Function<ResultFigures, BigDecimal> value,
                           Function<CellStatistics, ShownInterval> interval, Function<PreviousCell, BigDecimal> before,
                           Function<PreviousCell, BigDecimal> difference, Function<PreviousCell, Significance> change,
                           boolean signed, boolean percent) {
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({YearlyReportServiceTest.SANNE + ", en", YearlyReportServiceTest.SANNE + ", nl",
            YearlyReportServiceTest.DELTA + ", en", YearlyReportServiceTest.DELTA + ", nl"})
    void thePdfShowsEachCellsIntervalPreviousWaveAndChangeAsTheResultsPage(String reader, String language)
            throws IOException {
        Locale locale = Locale.of(language);
        YearlyReport report = as(reader, () -> reports.build(YearlyReportServiceTest.PERIOD, null, locale));
        CampaignResults page = page(reader, report, locale);
        String pdf = squeeze(YearlyReportServiceTest.pdfText(export(reader, report, Format.PDF, locale)));
        Numbers numbers = Numbers.of(locale);

        int significant = 0;
        int previous = 0;
        for (Measure measure : measures(page, locale)) {
            List<String> figures = new ArrayList<>();
            List<String> intervals = new ArrayList<>();
            List<String> befores = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (ResultCell cell : measure.cells()) {
                boolean shown = cell.shown() && cell.figures() != null;
                figures.add(shown ? figure(numbers, measure.value().apply(cell.figures()), measure)
                        : text(locale, cell.noSpread() ? "report.survey.noSpread" : "report.survey.hidden"));
                ShownInterval interval = shown ? measure.interval().apply(cell.statistics()) : null;
                intervals.add(interval == null ? "" : figure(numbers, interval.lower(), measure) + "–"
                        + figure(numbers, interval.upper(), measure));
                PreviousCell before = shown ? cell.statistics().previous() : null;
                if (before != null && before.shown() && measure.difference().apply(before) != null) {
                    befores.add(figure(numbers, measure.before().apply(before), measure));
                    Significance change = measure.change().apply(before);
                    changes.add(numbers.signed(measure.difference().apply(before))
                            + (measure.percent() ? Translations.text(locale, "results.percentagePoints") : "")
                            + verdict(locale, "results.change.", change));
                    significant += change.isSignificant() ? 1 : 0;
                    previous++;
                } else {
                    befores.add(shown ? (before == null ? "–" : text(locale, "report.survey.hidden")) : "");
                    changes.add("");
                }
            }
            String title = measure.headline() ? measure.item() + "·" + label(locale, measure.measureKey())
                    : label(locale, measure.measureKey());
            assertThat(pdf).as("figures of " + title).contains(squeeze(title + String.join("", figures)));
            assertThat(pdf).as("intervals of " + title).contains(squeeze(Translations.text(locale,
                    measure.headline() ? "results.row.interval" : "results.row.top2Interval")
                    + String.join("", intervals)));
            if (measure.compared()) {
                assertThat(pdf).as("previous wave of " + title).contains(squeeze(Translations.text(locale,
                        measure.headline() ? "results.row.previous" : "results.row.top2Previous",
                        page.previousWave().title()) + String.join("", befores)));
                assertThat(pdf).as("change of " + title).contains(squeeze(Translations.text(locale,
                        measure.headline() ? "results.row.change" : "results.row.top2Change")
                        + String.join("", changes)));
            }
            if (measure.headline() && measure.cells().stream().anyMatch(cell -> vsRest(cell) != null)) {
                String verdicts = measure.cells().stream().map(cell -> vsRest(cell) == null ? ""
                        : verdict(locale, "results.vsRest.", vsRest(cell))).reduce("", String::concat);
                assertThat(pdf).as("vendors of " + title).contains(squeeze(Translations.text(locale,
                        "results.row.vsRest") + verdicts));
            }
        }
        assertThat(previous).as("the demo's survey has a previous wave to compare with").isGreaterThan(10);
        assertThat(significant).as("and significant changes").isPositive();
        assertThat(pdf).contains(squeeze(org.ccbench.survey.export.ExportLabels.of(locale)
                .format("significance.method")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({YearlyReportServiceTest.SANNE + ", en", YearlyReportServiceTest.SANNE + ", nl",
            YearlyReportServiceTest.DELTA + ", en", YearlyReportServiceTest.DELTA + ", nl"})
    void theWorkbookHoldsEachCellsFiguresAsNumbersAndItsVerdictsInWords(String reader, String language)
            throws IOException {
        Locale locale = Locale.of(language);
        YearlyReport report = as(reader, () -> reports.build(YearlyReportServiceTest.PERIOD, null, locale));
        CampaignResults page = page(reader, report, locale);
        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(reader, report, Format.XLSX,
                locale)))) {
            XSSFSheet sheet = workbook.getSheet(text(locale, "report.survey"));
            for (Row row : sheet) {
                if (row.getRowNum() > 4 && row.getCell(2) != null) {
                    rows.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
                            + row.getCell(2).getStringCellValue(), row);
                }
            }
            int compared = 0;
            for (Measure measure : measures(page, locale)) {
                for (ResultCell cell : measure.cells()) {
                    String key = measure.item() + "|" + label(locale, measure.measureKey()) + "|"
                            + cell.column().label();
                    Row row = rows.get(key);
                    assertThat(row).as(key).isNotNull();
                    if (!cell.shown()) {
                        for (int c = 4; c <= 10; c++) {
                            assertThat(row.getCell(c)).as(key + " hidden, column " + c).isNull();
                        }
                        continue;
                    }
                    assertThat(number(row, 3)).as(key + " n").isEqualTo(cell.figures().n());
                    assertThat(number(row, 4)).as(key).isEqualTo(measure.value().apply(cell.figures())
                            .doubleValue());
                    ShownInterval interval = measure.interval().apply(cell.statistics());
                    assertThat(number(row, 5)).as(key + " lower").isEqualTo(interval.lower().doubleValue());
                    assertThat(number(row, 6)).as(key + " upper").isEqualTo(interval.upper().doubleValue());
                    PreviousCell before = cell.statistics().previous();
                    if (measure.compared() && before != null && before.shown()) {
                        assertThat(number(row, 7)).as(key + " previous")
                                .isEqualTo(measure.before().apply(before).doubleValue());
                        assertThat(number(row, 8)).as(key + " difference")
                                .isEqualTo(measure.difference().apply(before).doubleValue());
                        assertThat(row.getCell(9).getStringCellValue()).as(key + " change")
                                .isEqualTo(verdict(locale, "results.change.", measure.change().apply(before)));
                        compared++;
                    } else {
                        assertThat(row.getCell(7)).as(key + " no previous figure").isNull();
                        assertThat(row.getCell(8)).as(key + " no difference").isNull();
                    }
                    Significance vsRest = measure.headline() ? vsRest(cell) : null;
                    if (vsRest != null) {
                        assertThat(row.getCell(10).getStringCellValue()).as(key + " against the rest")
                                .isEqualTo(verdict(locale, "results.vsRest.", vsRest));
                    } else {
                        assertThat(row.getCell(10)).as(key + " no verdict against the rest").isNull();
                    }
                }
            }
            assertThat(compared).isGreaterThan(10);
            assertThat(sheet.getRow(5).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        }
    }

    private CampaignResults page(String reader, YearlyReport report, Locale locale) {
        assertThat(report.survey()).as("the demo's client survey closed in the report's year").isNotNull();
        long campaignId = as(reader, () -> results.readableCampaigns()).stream().map(CampaignOverview::campaign)
                .filter(campaign -> campaign.title().equals(report.survey().title())).findFirst().orElseThrow().id();
        CampaignResults page = as(reader, () -> results.results(campaignId, locale));
        assertThat(page.previousWave()).as("the demo has the previous year's wave").isNotNull();
        assertThat(report.survey().previousWave()).isEqualTo(page.previousWave());
        return page;
    }

    private static List<Measure> measures(CampaignResults page, Locale locale) {
        List<Measure> measures = new ArrayList<>();
        page.indices().forEach(index -> measures.add(new Measure(index.name(), "report.survey.index", true,
                index.cells(), index.wave().compared(), ResultFigures::mean, CellStatistics::interval,
                PreviousCell::value, PreviousCell::difference, PreviousCell::change, false, false)));
        page.questions().forEach(question -> {
            if (question.type() == QuestionType.NPS0_10) {
                measures.add(new Measure(question.text(), "questions.nps", true, question.cells(),
                        question.wave().compared(), ResultFigures::nps, CellStatistics::interval,
                        PreviousCell::value, PreviousCell::difference, PreviousCell::change, true, false));
            } else if (question.type() == QuestionType.LIKERT5) {
                measures.add(new Measure(question.text(), "questions.mean", true, question.cells(),
                        question.wave().compared(), ResultFigures::mean, CellStatistics::interval,
                        PreviousCell::value, PreviousCell::difference, PreviousCell::change, false, false));
                measures.add(new Measure(question.text(), "questions.top2", false, question.cells(),
                        question.wave().compared(), ResultFigures::top2, CellStatistics::top2Interval,
                        PreviousCell::top2, PreviousCell::top2Difference, PreviousCell::top2Change, false, true));
            }
        });
        assertThat(measures).as("the index and key questions").hasSizeGreaterThan(5);
        return measures;
    }

    private static Significance vsRest(ResultCell cell) {
        return cell.column().kind() == BreakdownKind.VENDOR ? cell.statistics().vsRest() : null;
    }

    private static String figure(Numbers numbers, BigDecimal value, Measure measure) {
        String text = measure.signed() ? numbers.signed(value) : numbers.number(value);
        return measure.percent() ? text + "%" : text;
    }

    private static String verdict(Locale locale, String prefix, Significance significance) {
        return switch (significance) {
            case HIGHER -> Translations.text(locale, prefix + "up");
            case LOWER -> Translations.text(locale, prefix + "down");
            case NOT_SIGNIFICANT -> Translations.text(locale, prefix + "none");
            case NOT_TESTABLE -> Translations.text(locale, "results.notTestable");
        };
    }

    /** An export label ({@code export/labels}). */
    private static String text(Locale locale, String key) {
        return org.ccbench.survey.export.ExportLabels.of(locale).get(key);
    }

    private static String label(Locale locale, String key) {
        return text(locale, key);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    /** The text without white space, so that wrapped table cells compare as written. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private byte[] export(String reader, YearlyReport report, Format format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(reader, () -> {
            reports.export(report, format, locale, out);
            return null;
        });
        return out.toByteArray();
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
