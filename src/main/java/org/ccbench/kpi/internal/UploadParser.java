package org.ccbench.kpi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.kpi.upload.CellValue;
import org.ccbench.kpi.upload.NumberText;
import org.ccbench.kpi.upload.SheetRows;
import org.ccbench.kpi.upload.UploadFormat;
import org.ccbench.kpi.upload.UploadRefusal;
import org.ccbench.kpi.upload.UploadRefusedException;

/**
 * Reads the upload workbook or CSV: a header row of field codes starting with {@code unit_id}, then one row per
 * unit-month. A column whose code is a definition parameter ({@code threshold_seconds}, {@code threshold_hours[email]}
 * …) is read apart from the inputs, so that it can be checked against the unit's definitions, never stored as one. Rows and problems go to a {@link Sink} as they are read, so no file is ever held whole in memory.
 * Every cell that cannot be read becomes a problem at its place; nothing is thrown for bad content.
 */
public final class UploadParser {

    private static final String UNIT_ID = "unit_id";
    private static final String MONTH = "month";
    private static final String INPUTS_SHEET = "Inputs";

    /**
     * One data row as read: the unit, the month, and the inputs and definition parameters given (empty cells left
     * out). {@code columnByKey} is the column of every field of the sheet, shared by all its rows; read it with
     * {@link #columnOf(String)}.
     */
    public record ParsedRow(String sheet, int rowNumber, long unitId, YearMonth month,
                            Map<InputKey, BigDecimal> values, Map<InputKey, BigDecimal> parameters,
                            Map<InputKey, String> columnByKey) {

        /** The column of the field ({@code offered[phone]}) if this row gave it a number; "" if it did not. */
        public String columnOf(String field) {
            return columnByKey.entrySet().stream()
                    .filter(entry -> entry.getKey().field().equals(field)
                            && (values.containsKey(entry.getKey()) || parameters.containsKey(entry.getKey())))
                    .map(Map.Entry::getValue).findFirst().orElse("");
        }
    }

    /** Receives every data row and every problem in file order. */
    public interface Sink {

        void row(ParsedRow row);

        void problem(UploadProblem problem);
    }

    /** The default of {@code ccbench.kpi.upload.max-rows}: rows below the header row of one file. */
    public static final int DEFAULT_MAX_ROWS = 50_000;
    /** A unit id written as text: digits only ("23." or "23a" is a mistyped one). */
    private static final Pattern UNIT_ID_TEXT = Pattern.compile("\\d+");

    private final Set<String> parameterCodes;
    private final Set<String> wholeNumberCodes;
    private final Set<String> percentCodes;
    private final int maxRows;
    private NumberText.Convention convention = NumberText.Convention.UNKNOWN;
    private int rowsBelowHeader;
    private Sink sink;
    private Map<String, String> headerByColumn;
    private final Map<String, InputKey> keyByColumn = new HashMap<>();
    private Map<InputKey, String> columnByKey = Map.of();
    private String monthColumn;

    /**
     * @param parameterCodes the catalogue's definition parameter codes ({@code threshold_seconds} …)
     * @param wholeNumberCodes the codes of the inputs and parameters that hold whole numbers (counts)
     * @param percentCodes the codes that are percentages, the only ones where a "%" may follow the number
     * @param maxRows the most rows below the header row; reading stops at the next one, and the file is refused
     */
    public UploadParser(Set<String> parameterCodes, Set<String> wholeNumberCodes, Set<String> percentCodes,
                        int maxRows) {
        this.parameterCodes = Set.copyOf(parameterCodes);
        this.wholeNumberCodes = Set.copyOf(wholeNumberCodes);
        this.percentCodes = Set.copyOf(percentCodes);
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }

    public void read(Path file, UploadFormat format, Sink sink) throws IOException {
        this.sink = sink;
        SheetRows.read(file, format, new org.ccbench.kpi.upload.RowHandler() {
            @Override
            public void row(String sheet, int rowNumber, List<CellValue> cells) {
                UploadParser.this.row(sheet, rowNumber, cells);
            }

            @Override
            public boolean startSheet(String sheet) {
                return INPUTS_SHEET.equals(sheet);
            }

            @Override
            public void numberConvention(NumberText.Convention fileConvention) {
                convention = fileConvention;
            }
        });
        if (headerByColumn == null) {
            sink.problem(UploadProblem.at("", 0, "", "kpi.upload.error.noHeader"));
        }
    }

    private void row(String sheet, int rowNumber, List<CellValue> cells) {
        CellValue first = cellIn(cells, "A");
        if (headerByColumn == null) {
            if (first != null && UNIT_ID.equals(first.text().strip())) {
                header(cells);
            }
            return;
        }
        if (++rowsBelowHeader > maxRows) {
            throw new UncheckedIOException(new UploadRefusedException(UploadRefusal.TOO_MANY_ROWS,
                    "more than %,d rows below the header".formatted(maxRows), null));
        }
        YearMonth month = month(cellIn(cells, monthColumn));
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>();
        Map<InputKey, BigDecimal> parameters = new LinkedHashMap<>();
        List<UploadProblem> cellProblems = new ArrayList<>();
        for (CellValue cell : cells) {
            String column = cell.column();
            InputKey key = keyByColumn.get(column);
            if (key == null) {
                continue;
            }
            NumberText.Result number = cell.toNumber(convention, wholeNumberCodes.contains(key.code()));
            if (number.isInvalid()) {
                cellProblems.add(UploadProblem.at(sheet, rowNumber, column, number.errorKey())
                        .in(key.field(), cell.text()));
            } else if (number.isNumber() && number.percent() && !percentCodes.contains(key.code())) {
                cellProblems.add(UploadProblem.at(sheet, rowNumber, column, "kpi.upload.number.percentNotAllowed")
                        .in(key.field(), cell.text()));
            } else if (number.isNumber()) {
                (parameterCodes.contains(key.code()) ? parameters : values).put(key, number.value());
            }
        }
        boolean hasData = month != null || !values.isEmpty() || !parameters.isEmpty();
        if (!hasData && (first == null || first.kind() == CellValue.Kind.TEXT && !isDigits(first))) {
            return; // the labels row under the codes, or a note: no month and no figure, so not a unit-month
        }
        UnitId unitId = unitId(first);
        if (unitId.problemKey() != null) {
            sink.problem(UploadProblem.at(sheet, rowNumber, "A", unitId.problemKey(), unitId.arguments()));
        }
        if (month == null) {
            sink.problem(UploadProblem.at(sheet, rowNumber, monthColumn, "kpi.upload.error.month"));
        }
        cellProblems.forEach(sink::problem);
        if (unitId.problemKey() == null && month != null) {
            sink.row(new ParsedRow(sheet, rowNumber, unitId.id(), month, values, parameters, columnByKey));
        }
    }

    private void header(List<CellValue> cells) {
        headerByColumn = new HashMap<>();
        cells.forEach(cell -> headerByColumn.put(cell.column(), cell.text().strip()));
        monthColumn = columnOf(MONTH);
        Map<InputKey, String> columns = new HashMap<>();
        for (CellValue cell : cells) {
            String field = cell.text().strip();
            if (!field.equals(UNIT_ID) && !field.equals(MONTH) && !field.equals("unit")) {
                InputKey key = InputKey.parse(field);
                keyByColumn.put(cell.column(), key);
                columns.put(key, cell.column());
            }
        }
        columnByKey = Map.copyOf(columns);
    }

    /** The row's cell in this column; null when the cell is empty. */
    private static CellValue cellIn(List<CellValue> cells, String column) {
        for (CellValue cell : cells) {
            if (cell.column().equals(column)) {
                return cell;
            }
        }
        return null;
    }

    /** A row's unit id, or why it has none: missing, not a whole number, or longer than any id (64 bits). */
    private record UnitId(long id, String problemKey, Object... arguments) {
    }

    private static boolean isDigits(CellValue cell) {
        return UNIT_ID_TEXT.matcher(cell.text().strip()).matches();
    }

    private String columnOf(String field) {
        return headerByColumn.entrySet().stream().filter(entry -> entry.getValue().equals(field))
                .map(Map.Entry::getKey).findFirst().orElse("C");
    }

    private static UnitId unitId(CellValue cell) {
        if (cell == null) {
            return new UnitId(0, "kpi.upload.error.unitId");
        }
        BigDecimal number;
        if (cell.kind() == CellValue.Kind.NUMBER && !cell.percentFormatted()) {
            number = cell.number();
        } else if (cell.kind() == CellValue.Kind.TEXT && isDigits(cell)) {
            number = new BigDecimal(cell.text().strip());
        } else {
            return new UnitId(0, "kpi.upload.error.unitId");
        }
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            return new UnitId(0, "kpi.upload.error.unitId");
        }
        try {
            return new UnitId(number.longValueExact(), null);
        } catch (ArithmeticException e) {
            // more than 64 bits: no unit has such an id (its digits are shown, not the exception's "Overflow")
            return new UnitId(0, "kpi.upload.error.unitIdTooLarge", number.toPlainString());
        }
    }

    private static YearMonth month(CellValue cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.text().strip();
        try {
            return YearMonth.parse(text.length() >= 7 ? text.substring(0, 7) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
