package org.ccbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.report.YearlyReport;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.ResultFigures;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.Wave;
import org.ccbench.survey.WaveStatus;
import org.ccbench.template.QuestionType;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * The report's files as files: the workbook's charts are native charts whose every series has its own solid fill and
 * whose values are numbers, every sheet prints A4 landscape; the PDF's charts are vector drawing (form XObjects with
 * path operators), with no image in the whole file.
 */
class YearlyReportStructureTest {

    static final YearlyReport REPORT = new YearlyReport(BenchmarkPeriod.year(2025), null, LocalDate.of(2026, 3, 10),
            new Distributions.Report(BenchmarkPeriod.year(2025), List.of(
                    new Distributions.KpiDistribution("AHT[phone]", Map.of(), List.of(
                            shown("all", "all", 12, "240.0", "280.0", "300.0", "330.0", "360.0"),
                            shown("in_house", "all", 6, null, "270.0", "290.0", "320.0", null),
                            Cell.hidden("outsourced", "all", "all", CellVisibility.COMPLEMENTARY, null),
                            Cell.hidden("in_house", "banking", "all", CellVisibility.BELOW_MINIMUM, null)),
                            List.of(new Distributions.OwnValue(1, "Zwolle telefonie", new BigDecimal("310.0"))),
                            List.of(new PooledVendorFigure("A", null, true, 4, new BigDecimal("295.5"), 1),
                                    new PooledVendorFigure("B", null, false, null, null, null))),
                    new Distributions.KpiDistribution("AVC", Map.of(), List.of(
                            shown("all", "all", 8, null, "20.0", "25.0", "30.0", null)), List.of(), List.of()))),
            null);

    @Test
    void theWorkbookHasANativeChartPerKpiWithAFillForEverySeriesAndPrintsA4Landscape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportWorkbook.write(REPORT, Locale.ENGLISH, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet aht = workbook.getSheet("AHT phone");
            List<XSSFChart> charts = aht.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var series = charts.getFirst().getCTChart().getPlotArea().getBarChartArray(0).getSerList();
            assertThat(series).as("P10, P25, median, P75, P90 and the own unit").hasSize(6);
            assertThat(series).allMatch(one -> one.getSpPr() != null && one.getSpPr().isSetSolidFill());
            assertThat(series.getLast().getTx().getStrRef().getStrCache().getPtArray(0).getV())
                    .isEqualTo("Own: Zwolle telefonie");
            assertThat(aht.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(300.0);
            assertThat(aht.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(aht.getRow(6).getCell(4)).as("a hidden group has no figure").isNull();
            assertThat(aht.getRow(6).getCell(8).getStringCellValue())
                    .startsWith("not shown: hidden so that a smaller group");
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            }
        }
    }

    @Test
    void thePdfDrawsItsChartsAsVectorsAndHoldsNoImage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearlyReportPdf.write(REPORT, Locale.ENGLISH, out);
        List<String> forms = new ArrayList<>();
        int images = 0;
        try (PdfReader reader = new PdfReader(out.toByteArray())) {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PRStream stream) {
                    PdfObject subtype = stream.get(PdfName.SUBTYPE);
                    if (PdfName.IMAGE.equals(subtype)) {
                        images++;
                    } else if (PdfName.FORM.equals(subtype)) {
                        forms.add(new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        assertThat(images).isZero();
        assertThat(forms).as("one chart per KPI with shown groups").hasSize(2);
        assertThat(forms.getFirst()).contains(" re\n", " l\n", " m\n", "S\n", "[3 2] 0 d");
    }

    /**
     * A survey whose hidden vendor cell and not-comparable question carry statistics they may not show (a hidden
     * cell's interval, verdict and previous wave; a reworded question's previous figure): neither file shows any of
     * them, while the shown cells show theirs.
     */
    @Test
    void hiddenCellsAndQuestionsNotComparableShowNoStatisticsInEitherFile() throws IOException {
        ResultColumn total = new ResultColumn(BreakdownKind.TOTAL, "total", "Total");
        ResultColumn vendor = new ResultColumn(BreakdownKind.VENDOR, "vendor-A", "Vendor A");
        PreviousCell secret = new PreviousCell(CellVisibility.SHOWN, new BigDecimal("11.11"),
                new BigDecimal("22.22"), Significance.HIGHER, null, null, null);
        CellStatistics leaking = new CellStatistics(new ShownInterval(new BigDecimal("33.33"),
                new BigDecimal("44.44")), null, Significance.HIGHER, secret);
        IndexResult index = new IndexResult("csi", "Client satisfaction index", List.of(
                new ResultCell(total, CellVisibility.SHOWN, 30, figures("63.1"), new CellStatistics(
                        new ShownInterval(new BigDecimal("57.3"), new BigDecimal("68.9")), null, null,
                        new PreviousCell(CellVisibility.SHOWN, new BigDecimal("52.4"), new BigDecimal("10.7"),
                                Significance.HIGHER, null, null, null))),
                new ResultCell(vendor, CellVisibility.BELOW_MINIMUM, 0, null, leaking)), WaveStatus.COMPARED);
        QuestionResult reworded = new QuestionResult("q1", QuestionType.LIKERT5, "S", "How satisfied are you?",
                List.of(new ResultCell(total, CellVisibility.SHOWN, 30, figures("3.23"), new CellStatistics(
                                new ShownInterval(new BigDecimal("2.89"), new BigDecimal("3.58")), null, null, secret)),
                        new ResultCell(vendor, CellVisibility.COMPLEMENTARY, 0, null, leaking)),
                List.of(), WaveStatus.REWORDED);
        Wave previous = new Wave(4, "Client satisfaction 2024", "1.0.0", LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 31));
        YearlyReport report = new YearlyReport(REPORT.period(), null, REPORT.generatedOn(), REPORT.benchmark(),
                new YearlyReport.Survey("Client satisfaction 2025", 39, List.of(total, vendor), List.of(index),
                        List.of(reworded), previous));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        YearlyReportPdf.write(report, Locale.ENGLISH, pdf);
        String text = squeezed(pdf.toByteArray());
        assertThat(text).contains("Clientsatisfactionindex·Index63.1notshown", "95%interval57.3–68.9",
                "Previouswave:Clientsatisfaction202452.4", "Change+10.7significantlyup",
                "NotcomparedwithClientsatisfaction2024:thequestionwasreworded.", "95%interval2.89–3.58",
                "Student'stformeans", "Eachvendor'sKPI");
        assertThat(text).doesNotContain("11.11", "22.22", "33.33", "44.44", "significantly higher");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        YearlyReportWorkbook.write(report, Locale.ENGLISH, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Client satisfaction");
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(cell))));
            assertThat(cells).contains("63.1", "57.3", "68.9", "52.4", "+10.7", "significantly up", "not shown",
                    "Not compared with Client satisfaction 2024: the question was reworded.", "2.89", "3.58");
            assertThat(String.join("|", cells)).doesNotContain("11.11", "22.22", "33.33", "44.44",
                    "significantly higher");
        }
    }

    /** The PDF's text without white space, as its table cells run together. */
    private static String squeezed(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            org.openpdf.text.pdf.parser.PdfTextExtractor extractor =
                    new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }

    private static ResultFigures figures(String value) {
        BigDecimal mean = new BigDecimal(value);
        return new ResultFigures(30, 0, List.of(), mean, null, null, null, null, null, null, null, null, null);
    }

    private static Cell shown(String sourcing, String sector, int n, String p10, String p25, String median,
                              String p75, String p90) {
        return new Cell(sourcing, sector, "all", CellVisibility.SHOWN, n, number(p10), number(p25), number(median),
                number(p75), number(p90), number(median));
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
