package org.ccbench.survey.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;
import org.ccbench.template.QuestionType;

/**
 * The rows the results page adds under a figure (SCORING.md §5.7–§5.8), in a sheet of column pairs: the 95 % interval
 * (lower bound in the pair's first column, upper in its second, as numbers), a vendor against the rest of the total,
 * and the previous wave (its figure as a number) with the change (the difference as a number, its verdict in words) —
 * or one note saying why the figure is not compared; a choice question gets each option's previous share and change.
 * A hidden cell stays empty in every one of these rows.
 */
final class StatisticsRows {

    /** One figure of a question or index and where its statistics are. */
    private record Figure(boolean headline, Function<CellStatistics, ShownInterval> interval,
                          Function<PreviousCell, BigDecimal> previous, Function<PreviousCell, BigDecimal> difference,
                          Function<PreviousCell, Significance> change, Function<WorkbookStyles, CellStyle> style,
                          Function<WorkbookStyles, CellStyle> differenceStyle) {
    }

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final SignificanceWords words;
    private final CampaignResults results;

    StatisticsRows(Sheet sheet, WorkbookStyles styles, ExportLabels labels, CampaignResults results) {
        this.sheet = sheet;
        this.styles = styles;
        this.words = SignificanceWords.of(labels.locale());
        this.results = results;
    }

    /** Writes the rows under an index; returns the next free row. */
    int index(int next, List<ResultCell> cells, WaveStatus wave) {
        return write(next, cells, wave, List.of(headline(WorkbookStyles::oneDecimal, WorkbookStyles::signed)));
    }

    /** Writes the rows under a question of a type with statistics (likert, NPS, number); returns the next free row. */
    int question(int next, QuestionType type, List<ResultCell> cells, WaveStatus wave) {
        List<Figure> figures = switch (type) {
            case LIKERT5 -> List.of(headline(WorkbookStyles::decimal, WorkbookStyles::signedTwoDecimals),
                    new Figure(false, CellStatistics::top2Interval, PreviousCell::top2, PreviousCell::top2Difference,
                            PreviousCell::top2Change, WorkbookStyles::percent, WorkbookStyles::signed));
            case NPS0_10 -> List.of(headline(WorkbookStyles::signed, WorkbookStyles::signed));
            case NUMBER -> List.of(headline(WorkbookStyles::decimal, WorkbookStyles::signedTwoDecimals));
            case SINGLE_CHOICE, MULTI_CHOICE -> null;
            case TEXT -> List.of();
        };
        if (figures == null) {
            return options(next, cells, wave);
        }
        return figures.isEmpty() ? next : write(next, cells, wave, figures);
    }

    /**
     * A choice question compared with the previous wave: per option its share there (in the pair's % column) and the
     * change in percentage points with its verdict (Newcombe, SCORING.md §5.7).
     */
    private int options(int next, List<ResultCell> cells, WaveStatus wave) {
        if (results.previousWave() == null || wave == WaveStatus.NO_PREVIOUS_WAVE) {
            return next;
        }
        if (!wave.compared()) {
            Cells.text(sheet.createRow(next++), 0, words.notComparable(results.previousWave(), wave), styles.note(),
                    styles);
            return next;
        }
        List<OptionLine> options = cells.stream().filter(StatisticsRows::shown)
                .map(cell -> cell.figures().options()).filter(lines -> !lines.isEmpty()).findFirst()
                .orElse(List.of());
        for (OptionLine option : options) {
            Row previous = sheet.createRow(next++);
            Cells.text(previous, 0, words.page("results.row.optionPrevious", option.label()), styles.text(), styles);
            Row change = sheet.createRow(next++);
            Cells.text(change, 0, words.label("significance.optionChange", option.label()), styles.text(), styles);
            each(cells, (cell, first) -> {
                PreviousCell before = cell.statistics().previous();
                PreviousCell.OptionChange line = before == null || !before.shown() ? null : before.options().stream()
                        .filter(candidate -> java.util.Objects.equals(candidate.code(), option.code())).findFirst()
                        .orElse(null);
                if (line == null || line.previousPercent() == null) {
                    Cells.hidden(previous, first + 1, styles);
                    return;
                }
                Cells.number(previous, first + 1, line.previousPercent(), styles.percent());
                if (line.difference() != null && line.change() != null) {
                    Cells.number(change, first, line.difference(), styles.signed());
                    Cells.text(change, first + 1, words.change(line.change()), styles.wrap(), styles);
                }
            });
        }
        return next;
    }

    private static Figure headline(Function<WorkbookStyles, CellStyle> style,
                                   Function<WorkbookStyles, CellStyle> differenceStyle) {
        return new Figure(true, CellStatistics::interval, PreviousCell::value, PreviousCell::difference,
                PreviousCell::change, style, differenceStyle);
    }

    private int write(int next, List<ResultCell> cells, WaveStatus wave, List<Figure> figures) {
        for (Figure figure : figures) {
            if (cells.stream().anyMatch(cell -> shown(cell) && figure.interval().apply(cell.statistics()) != null)) {
                Row row = labelled(next++, figure.headline() ? "significance.interval" : "significance.top2Interval");
                each(cells, (cell, first) -> {
                    ShownInterval interval = figure.interval().apply(cell.statistics());
                    if (interval != null) {
                        Cells.number(row, first, interval.lower(), figure.style().apply(styles));
                        Cells.number(row, first + 1, interval.upper(), figure.style().apply(styles));
                    }
                });
            }
            if (figure.headline() && cells.stream().anyMatch(cell -> words.vendorVerdict(cell) != null)) {
                Row row = sheet.createRow(next++);
                Cells.text(row, 0, words.page("results.row.vsRest"), styles.text(), styles);
                each(cells, (cell, first) -> {
                    Significance verdict = words.vendorVerdict(cell);
                    if (verdict != null) {
                        Cells.text(row, first, words.vsRest(verdict), styles.text(), styles);
                    }
                });
            }
        }
        if (results.previousWave() == null || wave == WaveStatus.NO_PREVIOUS_WAVE) {
            return next;
        }
        if (!wave.compared()) {
            Cells.text(sheet.createRow(next++), 0, words.notComparable(results.previousWave(), wave), styles.note(),
                    styles);
            return next;
        }
        for (Figure figure : figures) {
            Row previous = sheet.createRow(next++);
            Cells.text(previous, 0, words.page(figure.headline() ? "results.row.previous"
                    : "results.row.top2Previous", results.previousWave().title()), styles.text(), styles);
            Row change = labelled(next++, figure.headline() ? "significance.change" : "significance.top2Change");
            each(cells, (cell, first) -> {
                PreviousCell before = cell.statistics().previous();
                if (before == null || !before.shown() || figure.difference().apply(before) == null) {
                    Cells.hidden(previous, first, styles);
                    return;
                }
                Cells.number(previous, first, figure.previous().apply(before), figure.style().apply(styles));
                Cells.number(change, first, figure.difference().apply(before),
                        figure.differenceStyle().apply(styles));
                Cells.text(change, first + 1, words.change(figure.change().apply(before)), styles.wrap(), styles);
            });
        }
        return next;
    }

    private Row labelled(int r, String key) {
        Row row = sheet.createRow(r);
        Cells.text(row, 0, words.label(key), styles.text(), styles);
        return row;
    }

    /** Calls {@code write} for every shown cell with the first spreadsheet column of its pair. */
    private static void each(List<ResultCell> cells, PairWriter write) {
        for (int column = 0; column < cells.size(); column++) {
            if (shown(cells.get(column))) {
                write.cell(cells.get(column), ColumnHeaders.firstOf(column));
            }
        }
    }

    private static boolean shown(ResultCell cell) {
        return cell.shown() && cell.figures() != null;
    }

    @FunctionalInterface
    private interface PairWriter {
        void cell(ResultCell cell, int first);
    }
}
