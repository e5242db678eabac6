package org.ccbench.kpi.upload;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One non-empty cell of an upload, where it is and what it holds.
 *
 * @param sheet the sheet name; the empty string in a CSV file
 * @param rowNumber 1-based, as Excel shows it (for CSV the record number, which is the line number unless a
 *        quoted value spans lines)
 * @param column the column letters, "A", "B", … "AA"
 * @param kind what the cell holds
 * @param text the value as text: the text itself; for numbers the plain decimal ("1234.5"); for dates the ISO date
 *        or date-time ("2025-01-31", "2025-01-31T08:30:00"); for times and durations an ISO duration ("PT8H30M");
 *        "TRUE" or "FALSE"; or the Excel error ("#DIV/0!")
 * @param number the value of a number, or Excel's serial day number of a date or time; {@code null} otherwise.
 *        Excel keeps 15 significant digits, and so does this number: 0.1 + 0.2 is 0.3
 * @param percentFormatted a number cell that Excel shows as a percentage: {@code number} is then on the 0–1 scale
 *        (0.85 shown as 85%)
 */
public record CellValue(String sheet, int rowNumber, String column, Kind kind, String text, BigDecimal number,
        boolean percentFormatted) {

    /** What a cell holds. CSV cells are always {@link #TEXT}. */
    public enum Kind { TEXT, NUMBER, DATE, TIME, BOOLEAN, ERROR }

    public CellValue {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.NUMBER || kind == Kind.DATE || kind == Kind.TIME) != (number != null)) {
            throw new IllegalArgumentException("numbers, dates and times, and only these, have a number");
        }
    }

    static CellValue text(String sheet, int rowNumber, String column, String text) {
        return new CellValue(sheet, rowNumber, column, Kind.TEXT, text, null, false);
    }

    /** The cell's address as Excel writes it, "B12". */
    public String reference() {
        return column + rowNumber;
    }

    /** The 1-based column number: A is 1, Z is 26, AA is 27. */
    public int columnNumber() {
        return Columns.number(column);
    }

    /**
     * The cell as a number on {@link NumberText}'s scales: a number cell as it is, except that a percentage-formatted
     * one is multiplied by 100 and marked as a percentage (0.853 shown as 85.3% gives 85.3); text read by
     * {@link NumberText#parse} in the uploader's {@code locale}; a date, time, boolean or error is not a number.
     */
    public NumberText.Result toNumber(Locale locale) {
        return switch (kind) {
            case NUMBER -> percentFormatted
                    ? NumberText.Result.number(number.movePointRight(2), true)
                    : NumberText.Result.number(number, false);
            case TEXT -> NumberText.parse(text, locale);
            case DATE, TIME, BOOLEAN, ERROR -> NumberText.Result.invalid(NumberText.Problem.NOT_A_NUMBER);
        };
    }

    /**
     * Like {@link #toNumber(Locale)}, but text is read by {@link NumberText#parse(String, NumberText.Convention,
     * boolean)} in the file's {@code convention}, for a field that holds whole numbers or may have decimals.
     */
    public NumberText.Result toNumber(NumberText.Convention convention, boolean wholeNumber) {
        return kind == Kind.TEXT ? NumberText.parse(text, convention, wholeNumber) : toNumber(Locale.ROOT);
    }
}
