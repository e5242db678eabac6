package org.ccbench.survey.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ccbench.survey.ResultColumn;

/**
 * The two frozen header rows of a result table: the first column names the rows; then every result column is a
 * pair of spreadsheet columns (a count, then a percentage or value) under the column's label.
 */
final class ColumnHeaders {

    static final int ROWS = 2;
    private static final int FIRST_PAIR = 1;
    private static final int PAIR_WIDTH_CHARS = 20;

    private ColumnHeaders() {
    }

    /** The spreadsheet column of the first value of result column {@code index}; the second is the next one. */
    static int firstOf(int index) {
        return FIRST_PAIR + 2 * index;
    }

    static void write(Sheet sheet, String rowsLabel, int rowsLabelWidthChars, List<ResultColumn> columns,
            String firstValueLabel, String secondValueLabel, WorkbookStyles styles) {
        Row labels = sheet.createRow(0);
        Row values = sheet.createRow(1);
        Cells.text(labels, 0, rowsLabel, styles.header(), styles);
        Cells.text(values, 0, "", styles.header(), styles);
        sheet.setColumnWidth(0, rowsLabelWidthChars * 256);
        int longestLabel = 0;
        for (int index = 0; index < columns.size(); index++) {
            int first = firstOf(index);
            String label = columns.get(index).label();
            Cells.text(labels, first, label, styles.header(), styles);
            Cells.text(labels, first + 1, "", styles.header(), styles);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + 1));
            Cells.text(values, first, firstValueLabel, styles.header(), styles);
            Cells.text(values, first + 1, secondValueLabel, styles.header(), styles);
            sheet.setColumnWidth(first, PAIR_WIDTH_CHARS / 2 * 256);
            sheet.setColumnWidth(first + 1, PAIR_WIDTH_CHARS / 2 * 256);
            longestLabel = Math.max(longestLabel, label == null ? 0 : label.length());
        }
        // merged cells do not grow with their wrapped text: give the label row the lines the longest label needs
        int lines = Math.min(4, Math.max(1, (longestLabel + PAIR_WIDTH_CHARS - 3) / (PAIR_WIDTH_CHARS - 2)));
        labels.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        sheet.createFreezePane(1, ROWS);
    }
}
