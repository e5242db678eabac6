package org.ccbench.kpi.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.survey.export.Cells;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.SheetPrinting;
import org.ccbench.survey.export.WorkbookStyles;

/**
 * The problems of a rejected upload as a workbook: the file's name and upload time on top, then one row per problem
 * with its sheet, row, column and message, in the user's language. Everything taken from the uploaded file (its
 * name, sheet names, quoted cell text in messages) is written as text, never as a formula ({@link Cells}).
 */
public final class UploadProblemsWorkbook {

    /** The texts of the workbook in the user's language; {@code uploadedAt} already formatted. */
    public record Labels(String sheetName, String file, String uploadedAt, String sheet, String row, String column,
                         String problem, Locale locale) {
    }

    /** One problem as shown: row 0 means the whole file. */
    public record Line(String sheet, int row, String column, String message) {
    }

    private UploadProblemsWorkbook() {
    }

    public static void write(String fileName, String uploadedAt, List<Line> lines, Labels labels, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(labels.sheetName());
            Row file = sheet.createRow(0);
            Cells.text(file, 0, labels.file(), styles.bold(), styles);
            Cells.text(file, 1, fileName, styles.text(), styles);
            Row time = sheet.createRow(1);
            Cells.text(time, 0, labels.uploadedAt(), styles.bold(), styles);
            Cells.text(time, 1, uploadedAt, styles.text(), styles);
            Row header = sheet.createRow(3);
            List<String> titles = List.of(labels.sheet(), labels.row(), labels.column(), labels.problem());
            for (int c = 0; c < titles.size(); c++) {
                Cells.text(header, c, titles.get(c), styles.header(), styles);
            }
            int r = 4;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, line.sheet(), styles.text(), styles);
                if (line.row() > 0) {
                    row.createCell(1).setCellValue(line.row());
                }
                Cells.text(row, 2, line.column(), styles.text(), styles);
                Cells.text(row, 3, line.message(), styles.wrap(), styles);
            }
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 90 * 256);
            SheetPrinting.onePageWide(sheet, 3, ExportLabels.of(labels.locale()));
            sheet.createFreezePane(0, 4);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
