package org.ccbench.kpi.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UploadProblemsWorkbookTest {

    static final UploadProblemsWorkbook.Labels DUTCH = new UploadProblemsWorkbook.Labels("Problemen", "Bestand",
            "Geüpload op", "Blad", "Rij", "Kolom", "Probleem", java.util.Locale.of("nl"));

    @Test
    void listsEveryProblemUnderTheFileAndTimeWithTypedTextKeptAsText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        UploadProblemsWorkbook.write("=HYPERLINK(\"x\").xlsx", "2026-11-23 14:05", List.of(
                new UploadProblemsWorkbook.Line("Inputs", 12, "F", "Geen getal"),
                new UploadProblemsWorkbook.Line("+SUM(A1)", 13, "G", "-1 is negatief"),
                new UploadProblemsWorkbook.Line("", 0, "", "Het bestand is leeg")), DUTCH, bytes);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Problemen");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bestand");
            assertThat(sheet.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\").xlsx");
            assertThat(sheet.getRow(0).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-11-23 14:05");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Probleem");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Inputs");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("F");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Geen getal");
            assertThat(sheet.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("+SUM(A1)");
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("-1 is negatief");
            assertThat(sheet.getRow(6).getCell(1)).as("the whole file has no row").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getPrintSetup().getLandscape()).as("printed landscape").isTrue();
            assertThat(sheet.getFitToPage()).as("one page wide").isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).as("the header rows on every page").isEqualTo("1:4");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Pagina &P van &N");
        }
    }
}
