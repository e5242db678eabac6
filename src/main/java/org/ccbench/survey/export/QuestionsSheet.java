package org.ccbench.survey.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;
import org.ccbench.template.QuestionType;

/**
 * A block per question: its text, one row per option or scale point (count and % per result column), then the
 * summary rows its type calls for, then the 95 % intervals, vendor verdicts and previous wave of a likert, NPS or
 * number question ({@link StatisticsRows}). Hidden cells show {@link Cells#HIDDEN_MARKER}, never a figure; a cell
 * without spread (A6) shows its n and "no spread".
 */
final class QuestionsSheet {

    private static final int TEXT_WIDTH_CHARS = 60;

    /** Where a summary figure goes in its column pair. */
    private enum Slot { COUNT, PERCENT }

    /** @param count the row of n, which a cell without spread shows too (A6) */
    private record FigureRow(String labelKey, Function<ResultFigures, BigDecimal> value, Slot slot,
                             Function<WorkbookStyles, CellStyle> style, boolean count) {

        FigureRow(String labelKey, Function<ResultFigures, BigDecimal> value, Slot slot,
                  Function<WorkbookStyles, CellStyle> style) {
            this(labelKey, value, slot, style, false);
        }
    }

    private final Sheet sheet;
    private final ExportLabels labels;
    private final WorkbookStyles styles;
    private final StatisticsRows statistics;
    private int next = ColumnHeaders.ROWS;

    private QuestionsSheet(Sheet sheet, ExportLabels labels, WorkbookStyles styles, CampaignResults results) {
        this.statistics = new StatisticsRows(sheet, styles, labels, results);
        this.sheet = sheet;
        this.labels = labels;
        this.styles = styles;
    }

    static void write(Sheet sheet, CampaignResults results, ExportLabels labels, WorkbookStyles styles) {
        ColumnHeaders.write(sheet, labels.get("questions.header"), TEXT_WIDTH_CHARS, results.columns(),
                labels.get("questions.count"), labels.get("questions.percent"), styles);
        QuestionsSheet writer = new QuestionsSheet(sheet, labels, styles, results);
        String section = null;
        for (QuestionResult question : results.questions()) {
            if (question.section() != null && !question.section().isBlank()
                    && !question.section().equals(section)) {
                section = question.section();
                Cells.text(sheet.createRow(writer.next++), 0, section, styles.section(), styles);
            }
            writer.write(question);
            writer.next++;
        }
    }

    private void write(QuestionResult question) {
        Cells.text(sheet.createRow(next++), 0, question.text(), styles.bold(), styles);
        if (question.type() == QuestionType.TEXT) {
            writeTexts(question.texts());
            return;
        }
        for (OptionLine option : options(question.cells())) {
            writeOption(option, question.cells());
        }
        for (FigureRow figure : summaryRows(question.type())) {
            writeFigure(figure, question.cells());
        }
        next = statistics.question(next, question.type(), question.cells(), question.wave());
    }

    private void writeTexts(List<String> texts) {
        if (texts.isEmpty()) {
            Cells.text(sheet.createRow(next++), 0, labels.get("questions.textsNote"), styles.note(), styles);
            return;
        }
        Cells.text(sheet.createRow(next++), 0, labels.format("questions.texts", texts.size()), styles.note(),
                styles);
        for (String text : texts) {
            Cells.text(sheet.createRow(next++), 0, text, styles.wrap(), styles);
        }
    }

    private void writeOption(OptionLine option, List<ResultCell> cells) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, option.label(), styles.wrap(), styles);
        for (int column = 0; column < cells.size(); column++) {
            int first = ColumnHeaders.firstOf(column);
            ResultCell cell = cells.get(column);
            if (!cell.shown()) {
                Cells.hidden(row, first, styles);
                Cells.hidden(row, first + 1, styles);
                continue;
            }
            OptionLine line = cell.figures() == null ? null : cell.figures().options().stream()
                    .filter(candidate -> key(candidate).equals(key(option))).findFirst().orElse(null);
            if (line != null) {
                Cells.number(row, first, line.count(), styles.integer());
                Cells.number(row, first + 1, line.percent(), styles.percent());
            }
        }
    }

    private void writeFigure(FigureRow figure, List<ResultCell> cells) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, labels.get(figure.labelKey()), styles.text(), styles);
        for (int column = 0; column < cells.size(); column++) {
            int target = ColumnHeaders.firstOf(column) + (figure.slot() == Slot.PERCENT ? 1 : 0);
            ResultCell cell = cells.get(column);
            if (cell.noSpread() && figure.count()) {
                Cells.number(row, target, figure.value().apply(cell.figures()), figure.style().apply(styles));
            } else if (cell.noSpread()) {
                Cells.noSpread(row, target, labels.get("noSpread.marker"), styles);
            } else if (!cell.shown()) {
                Cells.hidden(row, target, styles);
            } else if (cell.figures() != null) {
                Cells.number(row, target, figure.value().apply(cell.figures()), figure.style().apply(styles));
            }
        }
    }

    /** The options of the shown cells, in the order they come (template order); none when every cell is hidden. */
    private static List<OptionLine> options(List<ResultCell> cells) {
        Map<String, OptionLine> options = new LinkedHashMap<>();
        cells.stream().filter(ResultCell::shown).map(ResultCell::figures).filter(Objects::nonNull)
                .flatMap(figures -> figures.options().stream())
                .forEach(option -> options.putIfAbsent(key(option), option));
        return new ArrayList<>(options.values());
    }

    private static String key(OptionLine option) {
        return option.code() != null ? "code:" + option.code() : "label:" + option.label();
    }

    private static List<FigureRow> summaryRows(QuestionType type) {
        List<FigureRow> rows = new ArrayList<>(List.of(
                new FigureRow("questions.n", figures -> BigDecimal.valueOf(figures.n()), Slot.COUNT,
                        WorkbookStyles::integer, true),
                new FigureRow("questions.nNa", figures -> BigDecimal.valueOf(figures.nNa()), Slot.COUNT,
                        WorkbookStyles::integer)));
        switch (type) {
            case LIKERT5 -> rows.addAll(List.of(
                    new FigureRow("questions.mean", ResultFigures::mean, Slot.COUNT, WorkbookStyles::decimal),
                    new FigureRow("questions.top2", ResultFigures::top2, Slot.PERCENT, WorkbookStyles::percent),
                    new FigureRow("questions.bottom2", ResultFigures::bottom2, Slot.PERCENT,
                            WorkbookStyles::percent)));
            case NPS0_10 -> rows.addAll(List.of(
                    new FigureRow("questions.nps", ResultFigures::nps, Slot.COUNT, WorkbookStyles::signed),
                    new FigureRow("questions.promoters", ResultFigures::promoters, Slot.PERCENT,
                            WorkbookStyles::percent),
                    new FigureRow("questions.passives", ResultFigures::passives, Slot.PERCENT,
                            WorkbookStyles::percent),
                    new FigureRow("questions.detractors", ResultFigures::detractors, Slot.PERCENT,
                            WorkbookStyles::percent)));
            case NUMBER -> rows.addAll(List.of(
                    new FigureRow("questions.mean", ResultFigures::mean, Slot.COUNT, WorkbookStyles::decimal),
                    new FigureRow("questions.p25", ResultFigures::p25, Slot.COUNT, WorkbookStyles::decimal),
                    new FigureRow("questions.median", ResultFigures::median, Slot.COUNT, WorkbookStyles::decimal),
                    new FigureRow("questions.p75", ResultFigures::p75, Slot.COUNT, WorkbookStyles::decimal)));
            case SINGLE_CHOICE, MULTI_CHOICE, TEXT -> {
            }
        }
        return rows;
    }
}
