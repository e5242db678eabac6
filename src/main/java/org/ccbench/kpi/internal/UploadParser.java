package org.ccbench.kpi.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.kpi.upload.CellValue;
import org.ccbench.kpi.upload.NumberText;
import org.ccbench.kpi.upload.SheetRows;
import org.ccbench.kpi.upload.UploadFormat;

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
     * One data row as read: the unit, the month, the inputs and the definition parameters given (empty cells left
     * out), and the column of each.
     */
    public record ParsedRow(String sheet, int rowNumber, long unitId, YearMonth month,
                            Map<InputKey, BigDecimal> values, Map<InputKey, BigDecimal> parameters,
                            Map<InputKey, String> columnOf) {
    }

    /** Receives every data row and every problem in file order. */
    public interface Sink {

        void row(ParsedRow row);

        void problem(UploadProblem problem);
    }

    private final Locale locale;
    private final Set<String> parameterCodes;
    private Sink sink;
    private Map<String, String> headerByColumn;
    private final Map<String, InputKey> keyByColumn = new HashMap<>();
    private String monthColumn;

    /** @param parameterCodes the catalogue's definition parameter codes ({@code threshold_seconds} …) */
    public UploadParser(Locale locale, Set<String> parameterCodes) {
        this.locale = locale;
        this.parameterCodes = Set.copyOf(parameterCodes);
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
        });
        if (headerByColumn == null) {
            sink.problem(UploadProblem.at("", 0, "", "kpi.upload.error.noHeader"));
        }
    }

    private void row(String sheet, int rowNumber, List<CellValue> cells) {
        Map<String, CellValue> byColumn = new LinkedHashMap<>();
        cells.forEach(cell -> byColumn.put(cell.column(), cell));
        CellValue first = byColumn.get("A");
        if (headerByColumn == null) {
            if (first != null && UNIT_ID.equals(first.text().strip())) {
                headerByColumn = new HashMap<>();
                byColumn.forEach((column, cell) -> headerByColumn.put(column, cell.text().strip()));
                monthColumn = columnOf(MONTH);
                headerByColumn.forEach((column, field) -> {
                    if (!field.equals(UNIT_ID) && !field.equals(MONTH) && !field.equals("unit")) {
                        keyByColumn.put(column, InputKey.parse(field));
                    }
                });
            }
            return;
        }
        if (first == null || first.kind() == CellValue.Kind.TEXT && !first.text().strip().matches("\\d+")) {
            return; // the labels row under the codes, or a note
        }
        Long unitId = wholeNumber(first);
        YearMonth month = month(byColumn.get(monthColumn));
        if (unitId == null) {
            sink.problem(UploadProblem.at(sheet, rowNumber, "A", "kpi.upload.error.unitId"));
        }
        if (month == null) {
            sink.problem(UploadProblem.at(sheet, rowNumber, monthColumn, "kpi.upload.error.month"));
        }
        Map<InputKey, BigDecimal> values = new LinkedHashMap<>();
        Map<InputKey, BigDecimal> parameters = new LinkedHashMap<>();
        Map<InputKey, String> columns = new HashMap<>();
        byColumn.forEach((column, cell) -> {
            InputKey key = keyByColumn.get(column);
            if (key == null) {
                return;
            }
            NumberText.Result number = cell.toNumber(locale);
            if (number.isInvalid()) {
                sink.problem(UploadProblem.at(sheet, rowNumber, column, number.errorKey()));
            } else if (number.isNumber()) {
                (parameterCodes.contains(key.code()) ? parameters : values).put(key, number.value());
                columns.put(key, column);
            }
        });
        if (unitId != null && month != null) {
            sink.row(new ParsedRow(sheet, rowNumber, unitId, month, values, parameters, columns));
        }
    }

    private String columnOf(String field) {
        return headerByColumn.entrySet().stream().filter(entry -> entry.getValue().equals(field))
                .map(Map.Entry::getKey).findFirst().orElse("C");
    }

    private Long wholeNumber(CellValue cell) {
        NumberText.Result number = cell.toNumber(locale);
        if (!number.isNumber() || number.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return number.value().longValueExact();
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
