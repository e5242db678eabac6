package org.ccbench.kpi.upload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.ccbench.kpi.upload.CellValue.Kind;

/**
 * Collects the cells of one worksheet row by row and hands each row with a value to the {@link RowHandler}. Cell
 * values arrive as Excel stored them: shared and inline strings resolved, numbers unformatted, booleans as "TRUE" or
 * "FALSE", errors as "ERROR:#N/A", and a formula as its cached result.
 */
final class XlsxCells implements SheetContentsHandler {

    /** Excel shows and calculates with 15 significant digits; its files may hold 17 ("1.1000000000000001"). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final String sheet;
    private final NumberStyles styles;
    private final boolean date1904;
    private final RowHandler handler;

    private List<CellValue> cells = new ArrayList<>();
    private int rowNumber;
    private int lastColumn;
    private String type;
    private String style;

    XlsxCells(String sheet, NumberStyles styles, boolean date1904, RowHandler handler) {
        this.sheet = sheet;
        this.styles = styles;
        this.date1904 = date1904;
        this.handler = handler;
    }

    /** The {@code t} and {@code s} attributes of the cell whose value comes next. */
    void nextCell(String type, String style) {
        this.type = type;
        this.style = style;
    }

    @Override
    public void startRow(int rowIndex) {
        cells = new ArrayList<>();
        rowNumber = rowIndex + 1;
        lastColumn = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? lastColumn + 1 : Columns.numberOfReference(reference);
        lastColumn = column;
        if (value == null || value.isEmpty()) {
            return;
        }
        cells.add(value(column, value));
    }

    @Override
    public void endRow(int rowIndex) {
        if (cells.isEmpty()) {
            return;
        }
        try {
            handler.row(sheet, rowNumber, cells);
        } catch (RuntimeException e) {
            throw new XlsxRows.HandlerFailure(e);
        }
    }

    private CellValue value(int columnNumber, String value) {
        String column = Columns.letters(columnNumber);
        int row = rowNumber;
        return switch (type == null ? "n" : type) {
            case "s", "str", "inlineStr" -> CellValue.text(sheet, row, column, value);
            case "b" -> new CellValue(sheet, row, column, Kind.BOOLEAN, value, null, false);
            case "e" -> new CellValue(sheet, row, column, Kind.ERROR, value.substring(value.indexOf(':') + 1), null,
                    false);
            case "d" -> isoDate(row, column, value);
            default -> number(row, column, value);
        };
    }

    private CellValue number(int row, String column, String value) {
        BigDecimal stored;
        try {
            stored = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return CellValue.text(sheet, row, column, value);
        }
        BigDecimal number = excelDigits(stored);
        String text = number == stored && value.indexOf('E') < 0 && value.indexOf('e') < 0 ? value
                : number.toPlainString();
        double serial = number.doubleValue();
        return switch (styles.of(style)) {
            case PLAIN -> new CellValue(sheet, row, column, Kind.NUMBER, text, number, false);
            case PERCENT -> new CellValue(sheet, row, column, Kind.NUMBER, text, number, true);
            case ELAPSED_TIME -> new CellValue(sheet, row, column, Kind.TIME, duration(serial), number, false);
            case DATE -> serial >= 0 && serial < 1
                    ? new CellValue(sheet, row, column, Kind.TIME, duration(serial), number, false)
                    : DateUtil.isValidExcelDate(serial)
                            ? new CellValue(sheet, row, column, Kind.DATE,
                                    iso(DateUtil.getLocalDateTime(serial, date1904, true)), number, false)
                            : new CellValue(sheet, row, column, Kind.NUMBER, text, number, false);
        };
    }

    /** A cell of type "d" holds an ISO 8601 date, time or date-time as text (Strict OOXML and some tools). */
    private CellValue isoDate(int row, String column, String value) {
        try {
            if (value.contains("T")) {
                LocalDateTime dateTime = LocalDateTime.parse(value);
                return new CellValue(sheet, row, column, Kind.DATE, iso(dateTime), serial(dateTime), false);
            }
            if (value.contains(":")) {
                LocalTime time = LocalTime.parse(value);
                BigDecimal serial = excelDigits(BigDecimal.valueOf(time.toSecondOfDay() / 86_400.0));
                return new CellValue(sheet, row, column, Kind.TIME, duration(serial.doubleValue()), serial, false);
            }
            LocalDate date = LocalDate.parse(value);
            return new CellValue(sheet, row, column, Kind.DATE, date.toString(), serial(date.atStartOfDay()), false);
        } catch (DateTimeParseException e) {
            return CellValue.text(sheet, row, column, value);
        }
    }

    private BigDecimal serial(LocalDateTime dateTime) {
        return excelDigits(BigDecimal.valueOf(DateUtil.getExcelDate(dateTime, date1904)));
    }

    /** At most 15 significant digits and no trailing zeros ("123.0" is 123); the same instance when unchanged. */
    private static BigDecimal excelDigits(BigDecimal stored) {
        BigDecimal rounded = stored.precision() > EXCEL_DIGITS.getPrecision() ? stored.round(EXCEL_DIGITS) : stored;
        if (rounded.scale() > 0) {
            BigDecimal stripped = rounded.stripTrailingZeros();
            rounded = stripped.scale() == rounded.scale() ? rounded : stripped;
        }
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String iso(LocalDateTime dateTime) {
        LocalDateTime seconds = dateTime.truncatedTo(ChronoUnit.SECONDS);
        return seconds.toLocalTime().equals(LocalTime.MIDNIGHT) ? seconds.toLocalDate().toString()
                : seconds.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** A time of day or an elapsed time as an ISO 8601 duration, to the second: 0.25 days is "PT6H". */
    private static String duration(double days) {
        return Duration.ofSeconds(Math.round(days * MILLIS_PER_DAY / 1000.0)).toString();
    }
}
