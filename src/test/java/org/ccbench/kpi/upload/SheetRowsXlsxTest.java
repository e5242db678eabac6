package org.ccbench.kpi.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.kpi.upload.CellValue.Kind;
import org.ccbench.kpi.upload.NumberText.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetRowsXlsxTest {

    private static final Locale DUTCH = Locale.of("nl");

    @TempDir
    Path directory;

    @Test
    void givesEveryCellWithItsSheetRowAndColumn() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Sheet sheet = book.createSheet("KPI");
            sheet.createRow(0).createCell(0).setCellValue("Eenheid");
            sheet.getRow(0).createCell(1).setCellValue("Aangeboden");
            Row values = sheet.createRow(1);
            values.createCell(0).setCellValue("Zuid");
            values.createCell(1).setCellValue(1234.5);
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.rows).hasSize(2);
        assertThat(rows.row(0)).extracting(CollectedRows.Row::sheet, CollectedRows.Row::number)
                .containsExactly("KPI", 1);
        assertThat(rows.row(0).texts()).containsExactly("Eenheid", "Aangeboden");
        assertThat(rows.cell("KPI!A2")).isEqualTo(CellValue.text("KPI", 2, "A", "Zuid"));
        CellValue offered = rows.cell("KPI!B2");
        assertThat(offered.kind()).isEqualTo(Kind.NUMBER);
        assertThat(offered.number()).isEqualByComparingTo("1234.5");
        assertThat(offered.text()).isEqualTo("1234.5");
        assertThat(offered.reference()).isEqualTo("B2");
        assertThat(offered.columnNumber()).isEqualTo(2);
    }

    @Test
    void givesFormattedNumbersAsTheNumberNotTheDisplayedText() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue(1234567.891);
            row.getCell(0).setCellStyle(style(book, "#,##0.00 \"calls\""));
            row.createCell(1).setCellValue(1234.5);
            row.getCell(1).setCellStyle(style(book, "[$€-413] #,##0.00"));
            row.createCell(2).setCellValue(0.853);
            row.getCell(2).setCellStyle(style(book, "0.0%"));
            row.createCell(3).setCellValue(0.1 + 0.2);
            row.createCell(4).setCellValue(123456789012.0);
            row.createCell(5).setCellValue(-0.000125);
            row.createCell(6).setCellValue(85);
            row.getCell(6).setCellStyle(style(book, "0\"%\""));
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).texts())
                .containsExactly("1234567.891", "1234.5", "0.853", "0.3", "123456789012", "-0.000125", "85");
        assertThat(rows.row(0).cells()).extracting(CellValue::kind).containsOnly(Kind.NUMBER);
        assertThat(rows.row(0).cells()).extracting(CellValue::percentFormatted)
                .containsExactly(false, false, true, false, false, false, false);
    }

    @Test
    void aPercentageCellIsOnTheSameScaleAsTypedPercentagesWhenReadAsANumber() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue(0.853);
            row.getCell(0).setCellStyle(style(book, "0.0%"));
            row.createCell(1).setCellValue("85,3%");
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);
        Result formatted = rows.cell("KPI!A1").toNumber(DUTCH);
        Result typed = rows.cell("KPI!B1").toNumber(DUTCH);

        assertThat(formatted.value()).isEqualByComparingTo("85.3");
        assertThat(formatted.percent()).isTrue();
        assertThat(typed).isEqualTo(formatted);
    }

    @Test
    void givesNumbersStoredAsTextAsTextThatNumberTextReads() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue("1.234,5");
            row.createCell(1).setCellValue("1234");
            row.getCell(1).setCellStyle(quoted);
            row.createCell(2).setCellValue(" 12 ");
            row.createCell(3).setCellValue("abc");
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).cells()).extracting(CellValue::kind).containsOnly(Kind.TEXT);
        assertThat(rows.row(0).texts()).containsExactly("1.234,5", "1234", " 12 ", "abc");
        assertThat(rows.cell("KPI!A1").toNumber(DUTCH).value()).isEqualByComparingTo("1234.5");
        assertThat(rows.cell("KPI!B1").toNumber(DUTCH).value()).isEqualByComparingTo("1234");
        assertThat(rows.cell("KPI!C1").toNumber(Locale.ENGLISH).value()).isEqualByComparingTo("12");
        assertThat(rows.cell("KPI!D1").toNumber(DUTCH).errorKey()).isEqualTo("kpi.upload.number.notANumber");
    }

    @Test
    void leavesEmptyCellsOutButKeepsTheColumnLettersRight() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            CellStyle bold = book.createCellStyle();
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue("A");
            row.createCell(2).setCellStyle(bold);
            row.createCell(3).setCellValue("");
            row.createCell(4).setCellValue(5);
            row.createCell(26).setCellValue("AA");
            row.createCell(27).setCellValue(28);
            row.createCell(701).setCellValue("ZZ");
            row.createCell(702).setCellValue("AAA");
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).columns()).containsExactly("A", "E", "AA", "AB", "ZZ", "AAA");
        assertThat(rows.row(0).cells()).extracting(CellValue::columnNumber).containsExactly(1, 5, 27, 28, 702, 703);
        assertThat(rows.cell("KPI!AB1").number()).isEqualByComparingTo("28");
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersOfTheFile() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Sheet sheet = book.createSheet("KPI");
            sheet.createRow(0).createCell(0).setCellValue("first");
            sheet.createRow(2).createCell(3);
            sheet.createRow(4).createCell(1).setCellValue("fifth");
            sheet.createRow(23_999).createCell(0).setCellValue(24_000);
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.rows).extracting(CollectedRows.Row::number).containsExactly(1, 5, 24_000);
    }

    @Test
    void readsEverySheetInWorkbookOrderAndSkipsTheOnesTheHandlerDeclines() throws IOException {
        byte[] workbook = UploadFiles.xlsx(book -> {
            book.createSheet("Instructies").createRow(0).createCell(0).setCellValue("Vul de gele cellen in");
            book.createSheet("KPI januari").createRow(1).createCell(1).setCellValue(10);
            book.createSheet("Leeg");
            book.createSheet("KPI februari").createRow(1).createCell(1).setCellValue(20);
            book.setSheetOrder("KPI februari", 2);
        });
        CollectedRows rows = new CollectedRows("Instructies");

        SheetRows.read(UploadFiles.write(directory, "kpi.xlsx", workbook), UploadFormat.XLSX, rows);

        assertThat(rows.sheetsStarted).containsExactly("Instructies", "KPI januari", "KPI februari", "Leeg");
        assertThat(rows.rows).extracting(CollectedRows.Row::sheet).containsExactly("KPI januari", "KPI februari");
        assertThat(rows.cell("KPI februari!B2").number()).isEqualByComparingTo("20");
    }

    @Test
    void givesDatesAsIsoTextAndTimesAsDurations() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2025, 1, 31));
            row.getCell(0).setCellStyle(style(book, "dd-mm-yyyy"));
            row.createCell(1).setCellValue(LocalDateTime.of(2025, 2, 28, 8, 30, 15));
            row.getCell(1).setCellStyle(style(book, "d-m-yyyy h:mm:ss"));
            row.createCell(2).setCellValue(8.5 / 24);
            row.getCell(2).setCellStyle(style(book, "h:mm"));
            row.createCell(3).setCellValue(1.5);
            row.getCell(3).setCellStyle(style(book, "[h]:mm:ss"));
            row.createCell(4).setCellValue(330.0 / 86_400);
            row.getCell(4).setCellStyle(style(book, "[mm]:ss"));
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).cells()).extracting(CellValue::kind)
                .containsExactly(Kind.DATE, Kind.DATE, Kind.TIME, Kind.TIME, Kind.TIME);
        assertThat(rows.row(0).texts())
                .containsExactly("2025-01-31", "2025-02-28T08:30:15", "PT8H30M", "PT36H", "PT5M30S");
        assertThat(rows.cell("KPI!A1").number()).isEqualByComparingTo("45688");
        assertThat(rows.cell("KPI!A1").toNumber(DUTCH).isInvalid()).isTrue();
    }

    @Test
    void readsDatesOfA1904Workbook() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            var workbookProperties = book.getCTWorkbook().isSetWorkbookPr() ? book.getCTWorkbook().getWorkbookPr()
                    : book.getCTWorkbook().addNewWorkbookPr();
            workbookProperties.setDate1904(true);
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2025, 1, 31));
            row.getCell(0).setCellStyle(style(book, "yyyy-mm-dd"));
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.cell("KPI!A1").text()).isEqualTo("2025-01-31");
        assertThat(rows.cell("KPI!A1").number()).isEqualByComparingTo("44226");
    }

    @Test
    void readsIsoDateCellsAndCellsWithoutAReference() {
        String sheet = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="d"><v>2025-01-31</v></c><c r="B1" t="d"><v>2025-01-31T08:30:00</v></c>\
                <c r="C1" t="d"><v>08:30:00</v></c><c r="D1" t="d"><v>not a date</v></c></row>
                <row><c t="inlineStr"><is><t>no reference</t></is></c><c><v>2</v></c><c r="E2"><v>5</v></c>\
                <c><v>6</v></c></row>
                </sheetData></worksheet>""";
        byte[] workbook = UploadFiles.rewriteZip(UploadFiles.simpleXlsx(),
                Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).cells()).extracting(CellValue::kind)
                .containsExactly(Kind.DATE, Kind.DATE, Kind.TIME, Kind.TEXT);
        assertThat(rows.row(0).texts()).containsExactly("2025-01-31", "2025-01-31T08:30:00", "PT8H30M", "not a date");
        assertThat(rows.cell("KPI!A1").number()).isEqualByComparingTo("45688");
        assertThat(rows.row(1).number()).isEqualTo(2);
        assertThat(rows.row(1).columns()).containsExactly("A", "B", "E", "F");
        assertThat(rows.row(1).texts()).containsExactly("no reference", "2", "5", "6");
    }

    @Test
    void givesFormulasAsTheirCachedResultsAndBooleansAndErrorsAsSuch() {
        byte[] workbook = UploadFiles.xlsx(book -> {
            Row row = book.createSheet("KPI").createRow(0);
            row.createCell(0).setCellValue(1234.5);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"Zu\"&\"id\"");
            row.createCell(3).setCellFormula("1/0");
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("A1>1000");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.createCell(6).setCellFormula("A1+1");
        });

        CollectedRows rows = CollectedRows.read(workbook, UploadFormat.XLSX);

        assertThat(rows.row(0).cells()).extracting(CellValue::kind)
                .containsExactly(Kind.NUMBER, Kind.NUMBER, Kind.TEXT, Kind.ERROR, Kind.BOOLEAN, Kind.BOOLEAN);
        assertThat(rows.row(0).texts()).containsExactly("1234.5", "2469", "Zuid", "#DIV/0!", "TRUE", "TRUE");
        assertThat(rows.has("KPI!G1")).as("a formula never calculated has no value").isFalse();
    }

    @Test
    void readsTheInlineStringsThatStreamingWorkbooksWrite() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("KPI");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("unit " + r);
                row.createCell(2).setCellValue(r * 1.5);
            }
            book.write(bytes);
        }

        CollectedRows rows = CollectedRows.read(bytes.toByteArray(), UploadFormat.XLSX);

        assertThat(rows.rows).hasSize(300);
        assertThat(rows.cell("KPI!A300").text()).isEqualTo("unit 299");
        assertThat(rows.cell("KPI!C300").number()).isEqualByComparingTo("448.5");
    }

    @Test
    void readsTheSameFromAStreamAsFromAFile() throws IOException {
        byte[] workbook = UploadFiles.simpleXlsx();
        CollectedRows fromFile = new CollectedRows();

        SheetRows.read(UploadFiles.write(directory, "kpi.xlsx", workbook), UploadFormat.XLSX, fromFile);

        assertThat(CollectedRows.read(workbook, UploadFormat.XLSX).rows).isEqualTo(fromFile.rows).hasSize(2);
    }

    @Test
    void anExceptionOfTheHandlerReachesTheCallerUnchanged() {
        Path file = UploadFiles.write(directory, "kpi.xlsx", UploadFiles.simpleXlsx());
        IllegalStateException stop = new IllegalStateException("too many errors, stopped");

        assertThatThrownBy(() -> SheetRows.read(file, UploadFormat.XLSX, (sheet, row, cells) -> {
            throw stop;
        })).isSameAs(stop);
    }

    @Test
    void refusesWhatIsNotAReadableWorkbookAsDamaged() {
        for (byte[] content : List.of(UploadFiles.PDF, UploadFiles.xls(), "a;b".getBytes(),
                Arrays.copyOf(UploadFiles.simpleXlsx(), 600),
                UploadFiles.rewriteZip(UploadFiles.simpleXlsx(), Map.of("xl/worksheets/sheet1.xml",
                        "<worksheet><sheetData><row>".getBytes())))) {
            Path file = UploadFiles.write(directory, "kpi.xlsx", content);

            assertThatThrownBy(() -> SheetRows.read(file, UploadFormat.XLSX, (sheet, row, cells) -> { }))
                    .isInstanceOfSatisfying(UploadRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(UploadRefusal.DAMAGED));
        }
    }

    @Test
    void poiStopsAZipBombWhileReading() {
        Path bomb = UploadFiles.write(directory, "bomb.xlsx", UploadFiles.zipBomb(50));

        assertThatThrownBy(() -> SheetRows.read(bomb, UploadFormat.XLSX, (sheet, row, cells) -> { }))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusal.ZIP_BOMB));
    }

    @Test
    void stopsAtSharedStringsBeyondTheirLimit() {
        Path file = UploadFiles.write(directory, "kpi.xlsx", UploadFiles.xlsx(book -> {
            Sheet sheet = book.createSheet("KPI");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue("a distinct text in row " + r);
            }
        }));

        assertThatThrownBy(() -> XlsxRows.read(file, (sheet, row, cells) -> { }, 1_000))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusal.ZIP_BOMB));
    }

    private static CellStyle style(Workbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }
}
