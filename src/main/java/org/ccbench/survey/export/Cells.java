package org.ccbench.survey.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the cells of the exports. Text is always a string cell, never a formula, and comes back exactly as typed:
 * an {@code _x0041_} escape is itself escaped, and text that looks like a formula gets Excel's quote prefix.
 */
public final class Cells {

    /** What a cell hidden for anonymity shows instead of its figures. */
    static final String HIDDEN_MARKER = "–";

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(?=[xX][0-9a-fA-F]{4}_)");
    private static final String ESCAPED_UNDERSCORE = "_x005F_";

    private Cells() {
    }

    /** A string cell; nothing when {@code value} is null. */
    public static void text(Row row, int column, String value, CellStyle style, WorkbookStyles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(storable(value));
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
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

    /** A date cell; nothing when {@code value} is null. */
    static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** A6: what a cell whose organisations all gave the same answer shows instead of its figures. */
    static void noSpread(Row row, int column, String marker, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(marker);
        cell.setCellStyle(styles.hidden());
    }

    static void hidden(Row row, int column, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(HIDDEN_MARKER);
        cell.setCellStyle(styles.hidden());
    }

    /** The text as OOXML stores it: {@code _xHHHH_} sequences escaped, cut to Excel's 32,767 characters. */
    static String storable(String value) {
        String escaped = escape(value);
        if (escaped.length() <= MAX_TEXT) {
            return escaped;
        }
        BitSet escapedAt = new BitSet(value.length());
        Matcher underscores = OOXML_ESCAPE.matcher(value);
        while (underscores.find()) {
            escapedAt.set(underscores.start());
        }
        int budget = MAX_TEXT - 1;
        int length = 0;
        int end = 0;
        while (end < value.length()) {
            int cost = escapedAt.get(end) ? ESCAPED_UNDERSCORE.length() : 1;
            if (length + cost > budget) {
                break;
            }
            length += cost;
            end++;
        }
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        // a cut prefix needs at most the escapes counted above, so it fits with the ellipsis
        return escape(value.substring(0, end)) + "…";
    }

    private static String escape(String value) {
        return value.indexOf('_') < 0 ? value : OOXML_ESCAPE.matcher(value).replaceAll(ESCAPED_UNDERSCORE);
    }

    private static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
