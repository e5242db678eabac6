package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scorecard.export.SampleScorecards.AUGUST;
import static org.ccbench.scorecard.export.SampleScorecards.DUTCH;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_COMMENT;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_VENDOR;
import static org.ccbench.scorecard.export.SampleScorecards.PORTAL_ZONE;
import static org.ccbench.scorecard.export.SampleScorecards.JULY;
import static org.ccbench.scorecard.export.SampleScorecards.reopen;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scorecard.MonthLine;
import org.ccbench.scorecard.MonthSettlement;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scoring.settlement.BonusGate;
import org.ccbench.scoring.settlement.LineStatus;
import org.junit.jupiter.api.Test;

class ScorecardWorkbookTest {

    private static XSSFWorkbook written(Scorecard scorecard, Locale locale) throws IOException {
        return reopen(out -> ScorecardWorkbook.write(scorecard, locale, PORTAL_ZONE, out));
    }

    @Test
    void hasTheFourSheetsInTheReadersLanguage() throws IOException {
        try (XSSFWorkbook english = written(SampleScorecards.scorecard(), Locale.ENGLISH);
             XSSFWorkbook dutch = written(SampleScorecards.scorecard(), DUTCH)) {
            assertThat(sheetNames(english)).containsExactly("Summary", "SLA detail", "Trend", "Definitions");
            assertThat(sheetNames(dutch)).containsExactly("Samenvatting", "SLA-detail", "Trend", "Definities");
        }
    }

    @Test
    void theFormulasRecomputeEveryMonthsAmountExactly() throws IOException {
        Scorecard scorecard = SampleScorecards.scorecard();
        assertThat(scorecard.months()).extracting(MonthSettlement::amount).as("the oracle, BonusMalus")
                .containsExactly(new BigDecimal("-1800.00"), new BigDecimal("-2520.00"), new BigDecimal("360.00"),
                        new BigDecimal("-12000.00"));
        try (XSSFWorkbook workbook = written(scorecard, Locale.ENGLISH)) {
            Sheet detail = workbook.getSheet("SLA detail");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Cell> amounts = valuesLabelled(detail, "Amount € = ROUND(fee × net / 100, 2)");
            assertThat(amounts).hasSize(4).allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(
                    CellType.FORMULA));
            List<Double> evaluated = amounts.stream().map(cell -> evaluator.evaluate(cell).getNumberValue()).toList();
            assertThat(evaluated).containsExactly(-1800.00, -2520.00, 360.00, -12000.00);
            assertThat(valuesLabelled(detail, "Difference €")).extracting(cell -> evaluator.evaluate(cell)
                    .getNumberValue()).containsOnly(0.0);
        }
    }

    @Test
    void everyLinesMalusAndBonusAndTheTotalsMatchTheSettlement() throws IOException {
        Scorecard scorecard = SampleScorecards.scorecard();
        try (XSSFWorkbook workbook = written(scorecard, Locale.ENGLISH)) {
            Sheet detail = workbook.getSheet("SLA detail");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int block = 0;
            for (MonthSettlement month : scorecard.months()) {
                List<Row> lines = lineRows(detail, month.month().toString());
                assertThat(lines).hasSize(month.lines().size());
                for (int i = 0; i < lines.size(); i++) {
                    Row row = lines.get(i);
                    MonthLine line = month.lines().get(i);
                    assertThat(row.getCell(SlaDetailSheet.KPI).getStringCellValue())
                            .isEqualTo(new ScorecardTexts(org.ccbench.survey.export.ExportLabels.of(Locale.ENGLISH))
                                    .kpiTitle(line.kpiLabel()));
                    assertThat(row.getCell(SlaDetailSheet.STATUS_CODE).getStringCellValue())
                            .isEqualTo(line.status().name());
                    for (int column : new int[] {SlaDetailSheet.X, SlaDetailSheet.SHORTFALL, SlaDetailSheet.EXCESS,
                        SlaDetailSheet.MALUS, SlaDetailSheet.BONUS}) {
                        assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.FORMULA);
                    }
                    String where = month.month() + " " + line.kpiLabel();
                    assertClose(evaluator.evaluate(row.getCell(SlaDetailSheet.SHORTFALL)), line.shortfall(), where);
                    assertClose(evaluator.evaluate(row.getCell(SlaDetailSheet.EXCESS)), line.excess(), where);
                    assertClose(evaluator.evaluate(row.getCell(SlaDetailSheet.MALUS)), line.malusPercent(), where);
                    assertClose(evaluator.evaluate(row.getCell(SlaDetailSheet.BONUS)), line.bonusPercent(), where);
                    if (line.actual() != null) {
                        assertClose(evaluator.evaluate(row.getCell(SlaDetailSheet.X)), line.actual(), where);
                    }
                }
                assertClose(evaluator.evaluate(valuesLabelled(detail, "Σ malus %").get(block)), month.sumMalus(),
                        "Σ malus");
                assertClose(evaluator.evaluate(valuesLabelled(detail, "Σ bonus %").get(block)), month.sumBonus(),
                        "Σ bonus");
                assertClose(evaluator.evaluate(valuesLabelled(detail, "Total malus % = MIN(maximum, Σ malus)")
                        .get(block)), month.totalMalus(), "total malus");
                assertClose(evaluator.evaluate(valuesLabelled(detail, "Net %").get(block)), month.netPercent(), "net");
                block++;
            }
        }
    }

    @Test
    void theGateAndTheWaiverAreFormulasOverTheRecordedStatusAndGate() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(), Locale.ENGLISH)) {
            Sheet detail = workbook.getSheet("SLA detail");
            Cell totalBonus = valuesLabelled(detail, "Total bonus % (0 when the gate is NO_MALUS and Σ malus > 0)")
                    .get(1);
            assertThat(totalBonus.getCellFormula()).startsWith("IF(AND(").contains("=\"NO_MALUS\"");
            assertThat(valuesLabelled(detail, "Bonus gate (NONE or NO_MALUS)")).extracting(Cell::getStringCellValue)
                    .containsExactly("NONE", "NO_MALUS", "NONE", "NONE");
            Row waivedServiceLevel = lineRows(detail, "2026-09").getFirst();
            assertThat(waivedServiceLevel.getCell(SlaDetailSheet.STATUS_CODE).getStringCellValue())
                    .isEqualTo(LineStatus.WAIVED.name());
            assertThat(waivedServiceLevel.getCell(SlaDetailSheet.MALUS).getCellFormula()).contains("\"MEASURED\"");

            // an auditor who changes the gate of July to NO_MALUS sees the §4.2 −2 520.00
            valuesLabelled(detail, "Bonus gate (NONE or NO_MALUS)").getFirst().setCellValue(BonusGate.NO_MALUS.name());
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(valuesLabelled(detail, "Amount € = ROUND(fee × net / 100, 2)").getFirst())
                    .getNumberValue()).isEqualTo(-2520.00);
        }
    }

    @Test
    void theFormulasDependOnTheInputs() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(), Locale.ENGLISH)) {
            Sheet detail = workbook.getSheet("SLA detail");
            Row serviceLevel = lineRows(detail, JULY.toString()).getFirst();
            serviceLevel.getCell(SlaDetailSheet.NUMERATOR).setCellValue(100 * 7_000);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            // SL 70: shortfall 10 × 0.5 = 5%, capped at 4%; Σ malus 4.3, Σ bonus 0.6 → −3.7% of €120 000
            assertThat(evaluator.evaluate(serviceLevel.getCell(SlaDetailSheet.MALUS)).getNumberValue())
                    .isEqualTo(4.0);
            assertThat(evaluator.evaluate(valuesLabelled(detail, "Amount € = ROUND(fee × net / 100, 2)").getFirst())
                    .getNumberValue()).isEqualTo(-4440.00);
        }
    }

    @Test
    void aSurveyLineBelowItsMinimumSampleGivesNoMalusInTheFormulasEither() throws IOException {
        MonthSettlement july = SampleScorecards.smallSample(JULY);
        assertThat(july.amount()).as("the oracle, BonusMalus: FCR only").isEqualByComparingTo("-2400.00");
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(List.of(july)), Locale.ENGLISH)) {
            Sheet detail = workbook.getSheet("SLA detail");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row csat = lineRows(detail, JULY.toString()).getFirst();
            assertThat(csat.getCell(SlaDetailSheet.MIN_SAMPLE).getNumericCellValue()).isEqualTo(50);
            assertThat(evaluator.evaluate(csat.getCell(SlaDetailSheet.MALUS)).getNumberValue()).isZero();
            assertThat(evaluator.evaluate(csat.getCell(SlaDetailSheet.SHORTFALL)).getNumberValue()).isZero();
            assertThat(evaluator.evaluate(valuesLabelled(detail, "Amount € = ROUND(fee × net / 100, 2)")
                    .getFirst()).getNumberValue()).as("equal to the settlement").isEqualTo(-2400.00);
            assertThat(evaluator.evaluate(valuesLabelled(detail, "Difference €").getFirst()).getNumberValue())
                    .isZero();

            // the formulas apply min_sample themselves: a status typed over as MEASURED still charges nothing
            csat.getCell(SlaDetailSheet.STATUS_CODE).setCellValue(LineStatus.MEASURED.name());
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(csat.getCell(SlaDetailSheet.MALUS)).getNumberValue()).isZero();
            // and 60 responses make the same 75% cost 5 × 0.4 = 2%
            csat.getCell(SlaDetailSheet.NUMERATOR).setCellValue(45 * 100);
            csat.getCell(SlaDetailSheet.DENOMINATOR).setCellValue(60);
            csat.getCell(SlaDetailSheet.VOLUME).setCellValue(60);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(csat.getCell(SlaDetailSheet.MALUS)).getNumberValue()).isEqualTo(2.0);
        }
    }

    @Test
    void aSmallSampleIsNotMeasurableOnTheSummaryWithItsResponsesInTheNotes() throws IOException {
        Scorecard scorecard = SampleScorecards.withSmallSampleCsat(SampleScorecards.scorecard());
        try (XSSFWorkbook english = written(scorecard, Locale.ENGLISH); XSSFWorkbook dutch = written(scorecard, DUTCH)) {
            Row csat = rowStartingWith(english.getSheet("Summary"), "Customer satisfaction (top-2-box)");
            assertThat(csat.getCell(7)).as("no score").isNull();
            assertThat(csat.getCell(SummarySheet.RAG_COLUMN).getStringCellValue()).isEqualTo("not measurable");
            assertThat(csat.getCell(SummarySheet.NOTES_COLUMN).getStringCellValue()).isEqualTo("Small sample: 40 "
                    + "responses, fewer than the 50 needed: not measurable (no score, no bonus or malus, not in Q)");
            assertThat(rowStartingWith(dutch.getSheet("Samenvatting"), "Klanttevredenheid (top-2-box)")
                    .getCell(SummarySheet.NOTES_COLUMN)
                    .getStringCellValue()).startsWith("Kleine steekproef: 40 antwoorden");
            assertThat(cellsOf(english.getSheet("Definitions"))).anyMatch(cell -> cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith("Survey KPIs (CSAT, NPS, CES, FCR) need 50 responses"));
        }
    }

    @Test
    void theSummaryShowsTheHeaderTheRagAsTextAndColourAndTheTotals() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(), Locale.ENGLISH)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(value(summary, "Contract").getStringCellValue()).isEqualTo("Klantenservice 2026");
            assertThat(value(summary, "Period").getStringCellValue()).isEqualTo("2026-07 – 2026-10 (draft)");
            assertThat(value(summary, "Contract version").getStringCellValue())
                    .isEqualTo("version 3, in force from 2026-07");
            assertThat(value(summary, "Scoring profile").getStringCellValue()).isEqualTo("customer-first, version 2");
            assertThat(value(summary, "Submission revisions").getStringCellValue()).isEqualTo("101, 102, 103, 104");
            assertThat(value(summary, "Computed at").getStringCellValue()).isEqualTo("2026-11-03 09:30 +01:00");
            Row csat = rowStartingWith(summary, "Customer satisfaction (top-2-box)");
            Cell rag = csat.getCell(SummarySheet.RAG_COLUMN);
            assertThat(rag.getStringCellValue()).isEqualTo("red");
            assertThat(((XSSFColor) rag.getCellStyle().getFillForegroundColorColor()).getIndex())
                    .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
            assertThat(rowStartingWith(summary, "First contact resolution").getCell(SummarySheet.RAG_COLUMN)
                    .getStringCellValue())
                    .isEqualTo("green");
            assertThat(value(summary, "Bonus/malus € (negative: a credit to the client)").getNumericCellValue())
                    .isEqualTo(-15960.00);
            assertThat(value(summary, "Quality index Q").getNumericCellValue()).isEqualTo(66.8);
            assertThat(value(summary, "Quality weight covered %").getNumericCellValue()).isEqualTo(85.0);
            assertThat(value(summary, "Value for money (cost vs. budget)").getNumericCellValue()).isEqualTo(72.08);
            assertThat(value(summary, "Cost index C (vs. budget)").getNumericCellValue()).isEqualTo(80.0);
            assertThat(value(summary, "Cost of failure demand € ((repeat + avoidable) × CPC)").getNumericCellValue())
                    .isEqualTo(85480.00);
            Row peer = rowStartingWith(summary, "Service level · phone", 1);
            assertThat(peer.getCell(2).getStringCellValue())
                    .isEqualTo("outsourced · Energy and utilities · all sizes");
            assertThat(peer.getCell(5).getNumericCellValue()).isEqualTo(27.3);
            assertThat(rowStartingWith(summary, "Customer satisfaction (top-2-box)", 1).getCell(2).getStringCellValue())
                    .isEqualTo("insufficient peers");
            Row dispute = rowStartingWith(summary, AUGUST.toString());
            assertThat(dispute.getCell(2).getStringCellValue()).isEqualTo(FORMULA_COMMENT);
            assertThat(dispute.getCell(4).getStringCellValue()).as("raised at, stored at UTC, in the portal's zone")
                    .isEqualTo("2026-11-04 10:00 +01:00");
            assertThat(cellsOf(summary)).noneMatch(cell -> cell.getCellType() == CellType.STRING
                    && "Resolved long ago".equals(cell.getStringCellValue()));
        }
    }

    @Test
    void typedTextThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(), Locale.ENGLISH)) {
            Sheet summary = workbook.getSheet("Summary");
            Cell vendor = value(summary, "Vendor");
            assertThat(vendor.getCellType()).isEqualTo(CellType.STRING);
            assertThat(vendor.getStringCellValue()).isEqualTo(FORMULA_VENDOR);
            assertThat(vendor.getCellStyle().getQuotePrefixed()).isTrue();
            Cell comment = rowStartingWith(summary, AUGUST.toString()).getCell(2);
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
            List<Cell> formulas = new ArrayList<>();
            workbook.forEach(sheet -> cellsOf(sheet).stream().filter(c -> c.getCellType() == CellType.FORMULA)
                    .forEach(formulas::add));
            assertThat(formulas).isNotEmpty().noneMatch(cell -> cell.getCellFormula().contains("HYPERLINK"));
            assertThat(formulas).allMatch(cell -> cell.getSheet().getSheetName().equals("SLA detail"));
        }
    }

    @Test
    void theTrendSheetHasTheKpisTheTargetsTheAmountsAndALineChart() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.scorecard(), Locale.ENGLISH)) {
            XSSFSheet trend = workbook.getSheet("Trend");
            Row header = trend.getRow(TrendSheet.HEADER_ROW);
            assertThat(List.of(header.getCell(0), header.getCell(1), header.getCell(2), header.getCell(3),
                    header.getCell(4), header.getCell(5))).extracting(Cell::getStringCellValue)
                    .containsExactly("Month", "Service level · phone", "Customer satisfaction (top-2-box)",
                            "Target Service level · phone", "Target Customer satisfaction (top-2-box)",
                            "Bonus/malus €");
            Row september = trend.getRow(TrendSheet.HEADER_ROW + 3);
            assertThat(september.getCell(0).getStringCellValue()).isEqualTo("2026-09");
            assertThat(september.getCell(1).getNumericCellValue()).isEqualTo(76.4);
            assertThat(september.getCell(2)).as("no CSAT value in September").isNull();
            assertThat(september.getCell(4).getNumericCellValue()).isEqualTo(85.0);
            assertThat(september.getCell(5).getNumericCellValue()).isEqualTo(360.0);

            List<XSSFChart> charts = trend.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.getFirst().getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFLineChartData.class);
            XDDFChartData line = data.getFirst();
            assertThat(line.getSeriesCount()).isEqualTo(2);
            assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Trend!$B$4:$B$7");
            assertThat(line.getSeries(1).getCategoryData().getDataRangeReference()).isEqualTo("Trend!$A$4:$A$7");
            for (int s = 0; s < 2; s++) {
                assertThat(line.getSeries(s).getShapeProperties().getLineProperties().getFillProperties())
                        .as("an explicit colour, else LibreOffice draws nothing").isNotNull();
            }
        }
    }

    @Test
    void theDefinitionsListEveryKpiWithItsFormulaAndTheMethods() throws IOException {
        try (XSSFWorkbook english = written(SampleScorecards.scorecard(), Locale.ENGLISH);
             XSSFWorkbook dutch = written(SampleScorecards.scorecard(), DUTCH)) {
            Sheet definitions = english.getSheet("Definitions");
            Row sl = rowStartingWith(definitions, "SL");
            assertThat(sl.getCell(1).getStringCellValue()).isEqualTo("Service level");
            assertThat(sl.getCell(2).getStringCellValue()).isEqualTo("%");
            assertThat(sl.getCell(3).getStringCellValue()).isEqualTo("higher");
            assertThat(sl.getCell(4).getStringCellValue()).startsWith("100 * answered_within_threshold[c]");
            assertThat(rowStartingWith(definitions, "RCR").getCell(3).getStringCellValue()).isEqualTo("lower");
            assertThat(cellsOf(definitions)).anyMatch(cell -> cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith("Value for money: α × Q + (1 - α) × C"));
            Sheet definities = dutch.getSheet("Definities");
            assertThat(rowStartingWith(definities, "FCR").getCell(1).getStringCellValue())
                    .isEqualTo("Oplossing bij eerste contact");
            assertThat(cellsOf(definities)).anyMatch(cell -> cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith("Bonus/malus per maand"));
        }
    }

    @Test
    void aScorecardWithoutMonthsOrTrendStillWrites() throws IOException {
        Scorecard full = SampleScorecards.scorecard();
        Scorecard empty = new Scorecard(full.header(), List.of(), List.of(), full.totals(), full.indices(),
                full.cost(), List.of(), new org.ccbench.scorecard.KpiTrend(List.of(), List.of(), List.of()),
                List.of());
        try (XSSFWorkbook workbook = written(empty, Locale.ENGLISH)) {
            assertThat(workbook.getSheet("Trend").getDrawingPatriarch()).isNull();
            assertThat(cellsOf(workbook.getSheet("Summary"))).anyMatch(cell -> cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals("No open disputes."));
        }
    }

    private static void assertClose(CellValue value, BigDecimal expected, String where) {
        assertThat(value.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(value.getNumberValue()).as(where).isCloseTo(expected.doubleValue(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    /** The line rows of a month's block: from below its column header to the first totals row. */
    private static List<Row> lineRows(Sheet detail, String month) {
        List<Row> rows = new ArrayList<>();
        boolean inBlock = false;
        for (int r = 0; r <= detail.getLastRowNum(); r++) {
            Row row = detail.getRow(r);
            String first = row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING
                    ? "" : row.getCell(0).getStringCellValue();
            if (first.startsWith(month + ":")) {
                inBlock = true;
                r++;
                continue;
            }
            if (inBlock && first.startsWith("Monthly fee")) {
                return rows;
            }
            if (inBlock) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Cell> valuesLabelled(Sheet sheet, String label) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                cells.add(row.getCell(SlaDetailSheet.VALUE));
            }
        }
        return cells;
    }

    private static Cell value(Sheet sheet, String label) {
        List<Cell> cells = valuesLabelled(sheet, label);
        assertThat(cells).as(label).hasSize(1);
        return cells.getFirst();
    }

    static Row rowStartingWith(Sheet sheet, String text) {
        return rowStartingWith(sheet, text, 0);
    }

    /** The {@code skip + 1}th row whose first cell is {@code text}. */
    static Row rowStartingWith(Sheet sheet, String text, int skip) {
        int seen = 0;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)
                    && seen++ == skip) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " on " + sheet.getSheetName());
    }

    static List<Cell> cellsOf(Sheet sheet) {
        List<Cell> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cells::add));
        return cells;
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
