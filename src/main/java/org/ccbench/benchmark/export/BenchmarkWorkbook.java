package org.ccbench.benchmark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.benchmark.export.BenchmarkSheet.Blank;
import org.ccbench.benchmark.export.BenchmarkSheet.Figure;
import org.ccbench.benchmark.export.BenchmarkSheet.Line;
import org.ccbench.benchmark.export.BenchmarkSheet.Table;
import org.ccbench.benchmark.export.BenchmarkSheet.Text;
import org.ccbench.benchmark.export.BenchmarkSheet.Value;
import org.ccbench.survey.export.Cells;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.SheetPrinting;
import org.ccbench.survey.export.WorkbookOutput;
import org.ccbench.survey.export.WorkbookStyles;

/**
 * The benchmark view's tab as an xlsx: numbers as numeric cells with a number format of the decimals the screen shows
 * (grouped thousands; the spreadsheet shows its user's separators), labels as text. Pure POI, no Spring.
 */
public final class BenchmarkWorkbook {

    private static final int LABEL_WIDTH = 32 * 256;
    private static final int VALUE_WIDTH = 22 * 256;

    private BenchmarkWorkbook() {
    }

    public static void write(BenchmarkSheet content, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Map<Integer, CellStyle> numbers = new HashMap<>();
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(content.name()));
            int next = 0;
            Cells.text(sheet.createRow(next++), 0, content.title(), styles.title(), styles);
            for (Line line : content.context()) {
                Row row = sheet.createRow(next++);
                Cells.text(row, 0, line.label(), styles.bold(), styles);
                Cells.text(row, 1, line.value(), styles.text(), styles);
            }
            int columns = 2;
            for (Table table : content.tables()) {
                next++;
                Cells.text(sheet.createRow(next++), 0, table.heading(), styles.section(), styles);
                if (table.note() != null) {
                    Cells.text(sheet.createRow(next++), 0, table.note(), styles.note(), styles);
                }
                if (!table.headers().isEmpty()) {
                    Row header = sheet.createRow(next++);
                    for (int column = 0; column < table.headers().size(); column++) {
                        Cells.text(header, column, table.headers().get(column), styles.header(), styles);
                    }
                }
                for (List<Value> values : table.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int column = 0; column < values.size(); column++) {
                        write(row, column, values.get(column), styles, numbers, workbook);
                    }
                    columns = Math.max(columns, values.size());
                }
                columns = Math.max(columns, table.headers().size());
            }
            sheet.setColumnWidth(0, LABEL_WIDTH);
            for (int column = 1; column < columns; column++) {
                sheet.setColumnWidth(column, VALUE_WIDTH);
            }
            SheetPrinting.onePageWide(sheet, -1, ExportLabels.of(locale));
            WorkbookOutput.write(workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark workbook", e);
        }
    }

    private static void write(Row row, int column, Value value, WorkbookStyles styles, Map<Integer, CellStyle> numbers,
                              XSSFWorkbook workbook) {
        switch (value) {
            case Text text -> Cells.text(row, column, text.text(), styles.wrap(), styles);
            case Figure figure -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(figure.value().doubleValue());
                cell.setCellStyle(numbers.computeIfAbsent(figure.decimals(), decimals -> number(workbook, decimals)));
            }
            case Blank blank -> {
                // nothing on screen, nothing in the cell
            }
        }
    }

    /** {@code #,##0} or {@code #,##0.0…} with {@code decimals} zeros. */
    private static CellStyle number(XSSFWorkbook workbook, int decimals) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
        return style;
    }
}
