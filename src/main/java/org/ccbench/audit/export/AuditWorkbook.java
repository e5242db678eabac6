package org.ccbench.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.audit.AuditEntry;
import org.ccbench.survey.export.Cells;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.WorkbookOutput;
import org.ccbench.survey.export.WorkbookStyles;

/**
 * The audit events as an xlsx sheet, written by streaming (a window of rows in memory, the rest on disk), with the
 * exports' shared styles. Everything users typed (actor, detail) is written as text, never as a formula.
 */
public final class AuditWorkbook {

    private static final int ROW_WINDOW = 200;
    static final List<String> HEADERS = List.of("audit.occurredAt", "audit.actor", "audit.origin",
            "audit.organisation", "audit.action", "audit.subject", "audit.detail");

    private AuditWorkbook() {
    }

    public static int write(AuditRows rows, ZoneId zone, Locale locale, OutputStream out) {
        ExportLabels labels = ExportLabels.of(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try (workbook) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            CellStyle moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            SXSSFSheet sheet = workbook.createSheet(labels.get("audit.sheet"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                Cells.text(header, column, labels.get(HEADERS.get(column)), styles.header(), styles);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            int count = rows.forEach(entry -> write(sheet.createRow(next[0]++), entry, zone, moment, styles));
            widths(sheet);
            WorkbookOutput.write(workbook, out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void write(Row row, AuditEntry entry, ZoneId zone, CellStyle moment, WorkbookStyles styles) {
        Cell when = row.createCell(0);
        when.setCellValue(entry.occurredAt().atZoneSameInstant(zone).toLocalDateTime());
        when.setCellStyle(moment);
        Cells.text(row, 1, entry.actor(), styles.text(), styles);
        Cells.text(row, 2, entry.origin(), styles.text(), styles);
        Cells.text(row, 3, entry.organisationName(), styles.text(), styles);
        Cells.text(row, 4, entry.action(), styles.text(), styles);
        Cells.text(row, 5, entry.subject(), styles.text(), styles);
        Cells.text(row, 6, entry.detail(), styles.text(), styles);
    }

    private static void widths(Sheet sheet) {
        int[] characters = {20, 32, 16, 28, 26, 24, 80};
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }
}
