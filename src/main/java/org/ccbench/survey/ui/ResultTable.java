package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ccbench.base.format.Numbers;
import org.ccbench.scoring.peer.CellVisibility;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;

/**
 * One question's figures, or the indices, as a table with one column per result column (Total, In-house, vendors …)
 * that scrolls sideways on a narrow screen. A hidden cell shows "–" with its reason, a cell without spread its n and
 * "no spread"; a legend under the table explains the reasons that occur.
 */
final class ResultTable extends Div {

    /**
     * A row of figures: its label, how it reads the figures of one cell (null: not applicable), and whether a cell's
     * figures call for the row at all.
     */
    private record FigureRow(String labelKey, Function<ResultFigures, String> value, Predicate<ResultFigures> applies) {

        FigureRow(String labelKey, Function<ResultFigures, String> value) {
            this(labelKey, value, figures -> value.apply(figures) != null);
        }
    }

    private final CampaignResults results;
    private final Numbers numbers;
    private final NativeTable table = new NativeTable();
    private boolean belowMinimum;
    private boolean complementary;
    private boolean noSpread;

    private ResultTable(CampaignResults results, Numbers numbers, String firstHeader) {
        this.results = results;
        this.numbers = numbers;
        addClassName("result-table-block");
        table.addClassName("result-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(firstHeader);
        results.columns().forEach(column -> head.addHeaderCell().setText(column.label()));
        head.getHeaderCells().forEach(th -> th.getElement().setAttribute("scope", "col"));
        Div scroll = new Div(table);
        scroll.addClassName("result-table-scroll");
        add(scroll);
    }

    /** What one cell of a statistics row shows: its text, and optionally a class and a tooltip. */
    record CellText(String text, String className, String title) {

        static final CellText NONE = new CellText("", null, null);

        CellText(String text) {
            this(text, null, null);
        }
    }

    static ResultTable of(QuestionResult question, CampaignResults results, Numbers numbers) {
        ResultTable table = new ResultTable(results, numbers, I18NProvider.translate("results.answer"));
        table.setId("result-table-" + question.questionId());
        table.optionRows(question.cells());
        table.figureRows(question.cells(), List.of(
                new FigureRow("results.row.n", f -> numbers.integer(f.n()), f -> true),
                new FigureRow("results.row.na", f -> numbers.integer(f.nNa()), f -> f.nNa() > 0),
                new FigureRow("results.row.mean", f -> f.mean() == null ? null : numbers.number(f.mean())),
                new FigureRow("results.row.top2", f -> f.top2() == null ? null : numbers.percent(f.top2())),
                new FigureRow("results.row.bottom2", f -> f.bottom2() == null ? null : numbers.percent(f.bottom2())),
                new FigureRow("results.row.nps", f -> f.nps() == null ? null : numbers.signed(f.nps())),
                new FigureRow("results.row.promoters", f -> pct(numbers, f.promoters())),
                new FigureRow("results.row.passives", f -> pct(numbers, f.passives())),
                new FigureRow("results.row.detractors", f -> pct(numbers, f.detractors())),
                new FigureRow("results.row.p25", f -> f.p25() == null ? null : numbers.number(f.p25())),
                new FigureRow("results.row.median", f -> f.median() == null ? null : numbers.number(f.median())),
                new FigureRow("results.row.p75", f -> f.p75() == null ? null : numbers.number(f.p75()))));
        SignificanceRows.add(table, question.cells(), question.type(), question.wave(), results);
        table.legend();
        return table;
    }

    static ResultTable ofIndices(List<IndexResult> indices, CampaignResults results, Numbers numbers) {
        ResultTable table = new ResultTable(results, numbers, I18NProvider.translate("results.index"));
        table.setId("indices-table");
        for (IndexResult index : indices) {
            table.row(index.name(), index.cells(), f -> f.mean() == null ? null : numbers.number(f.mean()), false);
            table.row(I18NProvider.translate("results.row.raters"), index.cells(), f -> numbers.integer(f.n()), false);
            SignificanceRows.add(table, index.cells(), null, index.wave(), results);
        }
        table.legend();
        return table;
    }

    /** A row of statistics (an interval, a verdict, the previous wave), one {@link CellText} per cell. */
    void statisticsRow(String id, String label, List<ResultCell> cells, Function<ResultCell, CellText> text) {
        NativeTableRow row = table.getBody().addRow();
        row.setId(id);
        row.addClassName("result-statistics-row");
        row.addHeaderCell().setText(label);
        row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
        for (ResultCell cell : cells) {
            CellText content = text.apply(cell);
            NativeTableCell td = row.addDataCell();
            td.setText(content.text());
            if (content.className() != null) {
                td.addClassName(content.className());
            }
            if (content.title() != null) {
                td.setTitle(content.title());
            }
        }
    }

    /** A line under the table (not compared with the previous wave, and why). */
    void note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("result-wave-note");
        add(note);
    }

    private static String pct(Numbers numbers, BigDecimal value) {
        return value == null ? null : numbers.percent(value);
    }

    /** One row per answer option or scale point, as the first cell with a distribution lists them. */
    private void optionRows(List<ResultCell> cells) {
        List<OptionLine> options = cells.stream().filter(ResultCell::shown).map(ResultCell::figures)
                .filter(Objects::nonNull).map(ResultFigures::options).filter(list -> !list.isEmpty())
                .findFirst().orElse(List.of());
        for (OptionLine option : options) {
            row(option.label(), cells, figures -> figures.options().stream()
                    .filter(line -> line.code().equals(option.code())).findFirst()
                    .map(line -> numbers.percent(line.percent()) + " (" + numbers.integer(line.count()) + ")")
                    .orElse(null), false);
        }
    }

    /** The rows of figures that apply to at least one shown cell; n always. */
    private void figureRows(List<ResultCell> cells, List<FigureRow> rows) {
        for (FigureRow row : rows) {
            boolean always = row.labelKey().equals("results.row.n");
            boolean applies = cells.stream().filter(cell -> cell.shown() && cell.figures() != null)
                    .anyMatch(cell -> row.applies().test(cell.figures()));
            if (always || applies) {
                row(I18NProvider.translate(row.labelKey()), cells, row.value(), always);
            }
        }
    }

    /** @param countRow the row of n, which a cell without spread shows too (A6) */
    private void row(String label, List<ResultCell> cells, Function<ResultFigures, String> value, boolean countRow) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(label);
        row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
        for (ResultCell cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell.noSpread() && countRow) {
                td.setText(value.apply(cell.figures()));
            } else if (cell.noSpread()) {
                noSpread = true;
                td.setText(I18NProvider.translate("results.noSpread"));
                td.addClassName("result-hidden");
                td.setTitle(I18NProvider.translate("results.hidden.noSpread"));
            } else if (!cell.shown()) {
                hidden(td, cell);
            } else {
                String text = cell.figures() == null ? null : value.apply(cell.figures());
                td.setText(text == null ? "–" : text);
            }
        }
    }

    private void hidden(NativeTableCell td, ResultCell cell) {
        String reason;
        if (cell.visibility() == CellVisibility.COMPLEMENTARY) {
            complementary = true;
            reason = I18NProvider.translate("results.hidden.complementary");
        } else {
            belowMinimum = true;
            reason = cell.column().kind() == BreakdownKind.VENDOR
                    ? I18NProvider.translate("results.hidden.vendorBelowMinimum", results.minRatersPerVendor())
                    : I18NProvider.translate("results.hidden.belowMinimum", results.minRespondents());
        }
        td.setText("–");
        td.addClassName("result-hidden");
        td.setTitle(reason);
    }

    private void legend() {
        List<String> lines = new ArrayList<>();
        if (belowMinimum) {
            lines.add(I18NProvider.translate("results.legend.belowMinimum", results.minRespondents(),
                    results.minRatersPerVendor()));
        }
        if (complementary) {
            lines.add(I18NProvider.translate("results.legend.complementary"));
        }
        if (noSpread) {
            lines.add(I18NProvider.translate("results.legend.noSpread"));
        }
        lines.forEach(line -> {
            Paragraph legend = new Paragraph(line);
            legend.addClassName("result-legend");
            add(legend);
        });
    }
}
