package org.ccbench.scorecard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.scorecard.export.SampleScorecards.DUTCH;
import static org.ccbench.scorecard.export.SampleScorecards.PORTAL_ZONE;
import static org.ccbench.scorecard.export.SampleScorecards.bd;
import static org.ccbench.scorecard.export.SampleScorecards.reopen;
import static org.ccbench.scorecard.export.ScorecardWorkbookTest.rowStartingWith;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.PeerEdition;
import org.ccbench.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/** Issue 16 §5: exports people print and forward. */
class PrintableExportsTest {

    /** The sample scorecard (July–October) with its peers compared in October and CSAT lacking two months. */
    /** Issue 17: the peer figures come from a restated edition of the month. */
    private static final PeerEdition EDITION = new PeerEdition("2026-10", 2, true, java.time.LocalDate.of(2026, 11, 2));

    private static Scorecard withPeerPeriods() {
        Scorecard sample = SampleScorecards.scorecard();
        List<KpiPeerRow> peers = List.of(
                new KpiPeerRow("SL[phone]", bd("76.4"), "outsourced", "energy_utilities", "all", 12, bd("81.5"),
                        bd("27.3"), false, "2026-10", 0, EDITION),
                new KpiPeerRow("CSAT", null, null, null, null, null, null, null, false, "2026-10", 2, EDITION));
        return new Scorecard(sample.header(), sample.slaRows(), sample.months(), sample.totals(), sample.indices(),
                sample.cost(), peers, sample.trend(), sample.disputes());
    }

    @Test
    void aTrendMonthWithoutDataIsAnEmptyCellAndAGapInTheChartNotZero() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(),
                Locale.ENGLISH, PORTAL_ZONE, out))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(trend.getRow(TrendSheet.HEADER_ROW + 3).getCell(2)).as("no CSAT in September").isNull();
            XSSFChart chart = trend.getDrawingPatriarch().getCharts().getFirst();
            assertThat(chart.getCTChart().isSetDispBlanksAs()).as("the file format's default is zero").isTrue();
            assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        }
    }

    @Test
    void everyScorecardSheetPrintsLandscapeOnePageWideAndTheTrendWithItsChartOnOnePage() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(), DUTCH,
                PORTAL_ZONE, out))) {
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                boolean trend = sheet.getSheetName().equals("Trend");
                assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as(sheet.getSheetName()).isEqualTo((short) (trend ? 1 : 0));
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFooter().getRight()).as("Dutch page numbers").startsWith("Pagina ");
                if (!trend) {
                    assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName() + " repeats its header").isNotNull();
                }
            }
            XSSFSheet trend = workbook.getSheet("Trend");
            XSSFChart chart = trend.getDrawingPatriarch().getCharts().getFirst();
            int lastTableRow = TrendSheet.HEADER_ROW + SampleScorecards.scorecard().trend().months().size();
            assertThat(chart).isNotNull();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFClientAnchor) trend.getDrawingPatriarch().getShapes()
                    .getFirst().getAnchor()).getRow1()).as("the chart sits below the table")
                    .isGreaterThan(lastTableRow);
        }
    }

    @Test
    void theComparisonPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ComparisonWorkbook.write(SampleScorecards.generated(60, 12, 3),
                "2026-Q1", DUTCH, out))) {
            assertThat(ScorecardWorkbookTest.sheetNames(workbook)).containsExactly("Ranglijst", "Per maand");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
        }
    }

    @Test
    void thePeerGroupIsWrittenInWordsAndMissingMonthsAndTheEditionAreNamed() throws IOException {
        try (XSSFWorkbook english = reopen(out -> ScorecardWorkbook.write(withPeerPeriods(), Locale.ENGLISH,
                PORTAL_ZONE, out));
             XSSFWorkbook dutch = reopen(out -> ScorecardWorkbook.write(withPeerPeriods(), DUTCH, PORTAL_ZONE,
                     out))) {
            Sheet summary = english.getSheet("Summary");
            assertThat(rowStartingWith(summary, "Service level · phone", 1).getCell(2).getStringCellValue())
                    .isEqualTo("outsourced · Energy and utilities · all sizes");
            assertThat(rowStartingWith(summary, "Customer satisfaction (top-2-box)", 1).getCell(2)
                    .getStringCellValue()).isEqualTo("2 months missing: every month of the period is needed");
            assertThat(ScorecardWorkbookTest.cellsOf(summary)).anyMatch(cell -> cell.toString().equals(
                    "Year to date: compared with peers in its last month, 2026-10 (peers are compared per month, "
                            + "quarter or calendar year) Peer figures: Edition 2026-10 · 2 (restated), published "
                            + "2 November 2026."));
            Sheet samenvatting = dutch.getSheet("Samenvatting");
            assertThat(rowStartingWith(samenvatting, "Servicelevel (bereikbaarheid) · telefoon", 1).getCell(2)
                    .getStringCellValue()).startsWith("uitbesteed · ").endsWith(" · alle grootten");
            assertThat(rowStartingWith(samenvatting, "Klanttevredenheid (top-2-box)", 1).getCell(2)
                    .getStringCellValue()).startsWith("2 maanden ontbreken");
            assertThat(ScorecardWorkbookTest.cellsOf(samenvatting)).anyMatch(cell -> cell.toString().endsWith(
                    "Cijfers van de vergelijkingsgroep: Editie 2026-10 · 2 (herzien), gepubliceerd op 2 november "
                            + "2026."));
        }
        String pdf = ScorecardPdfTest.text(withPeerPeriods(), Locale.ENGLISH);
        assertThat(pdf).contains("outsourced · Energy and utilities · all sizes", "2 months missing",
                "Year to date: compared with peers in its last month, 2026-10",
                "2 (restated), published 2 November 2026");
    }

    @Test
    void kpiFiguresAreNumbersFormattedWithTheKpisDecimals() throws IOException {
        try (XSSFWorkbook workbook = reopen(out -> ScorecardWorkbook.write(SampleScorecards.scorecard(), DUTCH,
                PORTAL_ZONE, out))) {
            org.apache.poi.ss.usermodel.Row sl = rowStartingWith(workbook.getSheet("Samenvatting"),
                    "Servicelevel (bereikbaarheid) · telefoon");
            for (int column = 2; column <= 4; column++) {
                org.apache.poi.ss.usermodel.Cell cell = sl.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).as("floor 70 reads 70.0 beside 76.4")
                        .isEqualTo("0.0");
            }
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(Locale.of("nl")).formatCellValue(sl.getCell(3)))
                    .isEqualTo("70,0");
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(trend.getRow(TrendSheet.HEADER_ROW + 1).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0");
        }
    }

    @Test
    void thePdfPrintsEveryKpiFigureWithTheKpisDecimalsAndKeepsDutchHeadersWhole() throws IOException {
        String english = ScorecardPdfTest.text(SampleScorecards.scorecard(), Locale.ENGLISH);
        assertThat(english)
                .as("SL floor 70 and target 80 beside 76.4; FCR 60 and 75 beside 82.0").contains("76.470.080.0")
                .contains("82.060.075.0");
        String dutch = ScorecardPdfTest.text(SampleScorecards.scorecard(), DUTCH);
        assertThat(dutch).contains("76,4", "70,0", "80,0", "Ondergrens", "Realisatie").doesNotContain("Ondergre\n");
    }
}
