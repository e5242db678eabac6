package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scorecard.export.SampleScorecards.DUTCH;
import static org.ccbench.scorecard.export.SampleScorecards.FORMULA_VENDOR;
import static org.ccbench.scorecard.export.SampleScorecards.reopen;
import static org.ccbench.scorecard.export.ScorecardWorkbookTest.cellsOf;
import static org.ccbench.scorecard.export.ScorecardWorkbookTest.sheetNames;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scorecard.ComparisonRow;
import org.junit.jupiter.api.Test;

class ComparisonWorkbookTest {

    private static XSSFWorkbook written(List<ComparisonRow> rows, Locale locale) throws IOException {
        return reopen(out -> ComparisonWorkbook.write(rows, "2026-Q1", locale, out));
    }

    @Test
    void ranksTheContractsOfScoring34ByValueForMoney() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.comparison(), Locale.ENGLISH)) {
            assertThat(sheetNames(workbook)).containsExactly("Ranking", "Monthly");
            Sheet ranking = workbook.getSheet("Ranking");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Vendor comparison: 2026-Q1");
            Row header = ranking.getRow(RankingSheet.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Rank");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Cost score C (vs. your cheapest contract)");
            assertThat(header.getCell(RankingSheet.VFM).getStringCellValue())
                    .isEqualTo("Value for money (cost vs. your cheapest contract)");
            assertThat(ranking.getRow(1).getCell(0).getStringCellValue())
                    .contains("A contract's own scorecard scores cost against its budget instead");
            Row first = ranking.getRow(RankingSheet.HEADER_ROW + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(RankingSheet.CONTRACT).getStringCellValue()).isEqualTo("Contract B");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(66.8);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(8.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(RankingSheet.VFM).getNumericCellValue()).isEqualTo(80.08);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(8.35);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(-1200.0);
            assertThat(List.of(2, 3)).extracting(offset -> ranking.getRow(RankingSheet.HEADER_ROW + offset)
                    .getCell(RankingSheet.CONTRACT).getStringCellValue()).containsExactly("Contract C", "Contract A");
            assertThat(ranking.getRow(2).getCell(0)).as("no cap note for three contracts").isNull();
        }
    }

    @Test
    void aVendorNamedLikeAFormulaIsText() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.comparison(), Locale.ENGLISH)) {
            for (Sheet sheet : workbook) {
                assertThat(cellsOf(sheet)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
                assertThat(cellsOf(sheet)).filteredOn(cell -> cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(FORMULA_VENDOR)).isNotEmpty()
                        .allMatch(cell -> cell.getCellStyle().getQuotePrefixed());
            }
        }
    }

    @Test
    void hasANativeBarChartOfValueForMoney() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.comparison(), Locale.ENGLISH)) {
            XSSFSheet ranking = workbook.getSheet("Ranking");
            List<XSSFChart> charts = ranking.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.getFirst().getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
            XDDFBarChartData bars = (XDDFBarChartData) data.getFirst();
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(bars.getSeriesCount()).isEqualTo(1);
            XDDFChartData.Series vfm = bars.getSeries(0);
            assertThat(vfm.getCategoryData().getDataRangeReference()).isEqualTo("Ranking!$B$5:$B$7");
            assertThat(vfm.getValuesData().getDataRangeReference()).isEqualTo("Ranking!$G$5:$G$7");
            assertThat(vfm.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(vfm.getCategoryData().getPointAt(0)).isEqualTo("Contract B");
            assertThat(vfm.getValuesData().getPointAt(0)).isEqualTo(80.08);
            assertThat(vfm.getValuesData().getPointAt(2)).isEqualTo(68.36);
            assertThat(vfm.getShapeProperties().getFillProperties()).as("an explicit colour").isNotNull();
        }
    }

    @Test
    void listsEveryContractMonthWithTheSlaActuals() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.comparison(), Locale.ENGLISH)) {
            Sheet monthly = workbook.getSheet("Monthly");
            Row header = monthly.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)).extracting(c -> header.getCell(c).getStringCellValue())
                    .containsExactly("Contract", "Vendor", "Month", "Quality Q", "Cost per contact €",
                            "Bonus/malus €", "Service level · phone", "Customer satisfaction (top-2-box)",
                            "First contact resolution");
            assertThat(monthly.getLastRowNum()).isEqualTo(9);
            Row bJanuary = monthly.getRow(1);
            assertThat(bJanuary.getCell(0).getStringCellValue()).isEqualTo("Contract B");
            assertThat(bJanuary.getCell(2).getStringCellValue()).isEqualTo("2026-01");
            assertThat(bJanuary.getCell(6).getNumericCellValue()).isEqualTo(80.0);
            assertThat(bJanuary.getCell(8)).as("no FCR in January").isNull();
            Row bFebruary = monthly.getRow(2);
            assertThat(bFebruary.getCell(5)).as("no amount in February").isNull();
            assertThat(monthly.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(76.0);
            assertThat(monthly.getRow(9).getCell(0).getStringCellValue()).isEqualTo("Contract A");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Small sample (fewer than 50 survey responses)");
            assertThat(monthly.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Contract C");
            assertThat(monthly.getRow(6).getCell(9).getStringCellValue()).as("C's March CSAT")
                    .isEqualTo("Customer satisfaction (top-2-box)");
            assertThat(monthly.getRow(5).getCell(9)).isNull();
        }
    }

    @Test
    void capsTheChartAtTheBest25AndSaysSo() throws IOException {
        List<ComparisonRow> rows = SampleScorecards.generated(30, 2, 7);
        try (XSSFWorkbook workbook = written(rows, Locale.ENGLISH)) {
            XSSFSheet ranking = workbook.getSheet("Ranking");
            assertThat(ranking.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("The chart shows the best 25 of 30 contracts by value for money;"
                            + " the table lists them all.");
            XDDFChartData.Series vfm = ranking.getDrawingPatriarch().getCharts().getFirst().getChartSeries()
                    .getFirst().getSeries(0);
            assertThat(vfm.getValuesData().getPointCount()).isEqualTo(25);
            assertThat(vfm.getValuesData().getDataRangeReference()).isEqualTo("Ranking!$G$5:$G$29");
            assertThat(vfm.getValuesData().getPointAt(0)).isEqualTo(rows.getFirst().valueForMoney().doubleValue());
            assertThat(ranking.getLastRowNum()).isEqualTo(RankingSheet.HEADER_ROW + 30);
            assertThat(workbook.getSheet("Monthly").getLastRowNum()).isEqualTo(60);
        }
    }

    @Test
    void speaksDutchAndQuotesTheSheetNameInTheChartReferences() throws IOException {
        try (XSSFWorkbook workbook = written(SampleScorecards.comparison(), DUTCH)) {
            assertThat(sheetNames(workbook)).containsExactly("Ranglijst", "Per maand");
            XDDFChartData.Series vfm = workbook.getSheet("Ranglijst").getDrawingPatriarch().getCharts().getFirst()
                    .getChartSeries().getFirst().getSeries(0);
            assertThat(vfm.getValuesData().getDataRangeReference()).isEqualTo("Ranglijst!$G$5:$G$7");
            assertThat(workbook.getSheet("Per maand").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Outsourcer");
        }
    }

    @Test
    void anEmptyComparisonHasNoChart() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(), Locale.ENGLISH)) {
            assertThat(workbook.getSheet("Ranking").getDrawingPatriarch()).isNull();
            assertThat(workbook.getSheet("Monthly").getLastRowNum()).isZero();
        }
    }
}
