package org.ccbench.benchmark.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one tab of the benchmark view shows, as the workbook writes it: a title, the choices it was made with, and
 * tables of labels and numbers. Whoever fills it puts in exactly what the screen shows, the screen's labels where it
 * hides a figure ("Insufficient peers", "Not shown: fewer than 3 clients", "–"); the writer adds nothing.
 *
 * @param context label/value lines above the tables: unit, KPI, period, peer group
 */
public record BenchmarkSheet(String name, String title, List<Line> context, List<Table> tables) {

    public BenchmarkSheet {
        context = List.copyOf(context);
        tables = List.copyOf(tables);
    }

    /** One "label: value" line. */
    public record Line(String label, String value) {
    }

    /** A heading, column headers and rows; {@code note} (may be null) is written under the heading. */
    public record Table(String heading, String note, List<String> headers, List<List<Value>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A cell: a label, a number, or nothing. */
    public sealed interface Value permits Text, Figure, Blank {
    }

    /** A label, written as text (never as a formula). */
    public record Text(String text) implements Value {
    }

    /** A number written as a number with {@code decimals} decimals shown (SCORING.md §0: rounded only for display). */
    public record Figure(BigDecimal value, int decimals) implements Value {
    }

    /** An empty cell: the screen shows nothing there either. */
    public record Blank() implements Value {
    }

    public static Value text(String text) {
        return text == null ? new Blank() : new Text(text);
    }

    /** The number with its own scale as decimals; blank when null. */
    public static Value figure(BigDecimal value) {
        return value == null ? new Blank() : new Figure(value, Math.max(0, value.scale()));
    }
}
