package org.ccbench.scorecard.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.ccbench.survey.export.Cells;

/**
 * Cells of the scorecard workbooks. Text goes through the survey exports' {@link Cells#text}, so typed text is always
 * a string cell and never a formula; formulas are only ever built here from cell addresses and fixed codes.
 */
final class XlsxCells {

    private XlsxCells() {
    }

    static void text(Row row, int column, String value, CellStyle style, ScorecardStyles styles) {
        Cells.text(row, column, value, style, styles.base());
    }

    /** A numeric cell; nothing when {@code value} is null. */
    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            number(row, column, value.doubleValue(), style);
        }
    }

    static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A live formula, written without the leading {@code =}. */
    static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
