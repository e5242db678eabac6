package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the upload workbook holds: one column per input (its field code, e.g. {@code handled[phone]}, and its name
 * and unit in the user's language), then one per definition parameter ({@code threshold_seconds} …), and one row per
 * unit-month, filled with what is already stored and with the unit's definitions in force for that month.
 *
 * @param servedFields per row, the fields its unit reports; the others stay empty
 */
public record SubmissionTemplate(List<Column> columns, List<Row> rows) {

    public SubmissionTemplate {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param definition a definition parameter of the unit, filled in for reference: the upload checks it against the
     *                   unit's definitions for the month and never stores it
     */
    public record Column(String field, String label, String unit, boolean wholeNumber, boolean definition) {
    }

    /**
     * Takes a template as it is read: its columns, then its rows, which can be iterated once, only during the call
     * (they are read from the database as they are taken).
     */
    @FunctionalInterface
    public interface Writer {
        void write(List<Column> columns, Iterable<Row> rows);
    }

    public record Row(long unitId, String unitName, YearMonth month, List<String> servedFields,
                      Map<String, BigDecimal> values) {

        public Row {
            servedFields = List.copyOf(servedFields);
            values = Map.copyOf(values);
        }
    }
}
