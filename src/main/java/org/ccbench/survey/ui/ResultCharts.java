package org.ccbench.survey.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ccbench.base.ui.BarChart;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;
import org.ccbench.template.QuestionType;

/**
 * Bar charts of the shown cells only: a hidden cell never becomes a bar. A distribution that sums to 100 is one
 * stacked bar per column; a multi_choice question, whose percentages do not, has one bar per option and column.
 */
final class ResultCharts {

    private static final String BRAND = "#0b5c73";
    /** Colours that stay apart for colour-blind readers (Okabe–Ito, then Tol's muted scheme). */
    private static final List<String> PALETTE = List.of("#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#d55e00",
            "#0072b2", "#b8a000", "#7f7f7f", "#882255", "#44aa99", "#332288", "#999933", "#aa4499");
    /** The answers of a single_choice question: the brand colour first. */
    private static final List<String> CHOICES = Stream.concat(Stream.of(BRAND),
            PALETTE.stream()).toList();
    /** Very dissatisfied … very satisfied. */
    private static final List<String> LIKERT = List.of("#b2182b", "#ef8a62", "#bababa", "#7fbc41", "#1b7837");
    /** 0–6 detractors in reds, 7–8 passives in greys, 9–10 promoters in greens. */
    private static final List<String> NPS = List.of("#67001f", "#8e0c25", "#b2182b", "#c43c3c", "#d6604d",
            "#e58368", "#f4a582", "#c7c7c7", "#a3a3a3", "#7fbc41", "#1b7837");

    private ResultCharts() {
    }

    /** The distribution of a choice or scale question; none for questions without one (number, text). */
    static Optional<BarChart> distribution(QuestionResult question, CampaignResults results) {
        List<ResultCell> shown = question.cells().stream()
                .filter(cell -> cell.shown() && cell.figures() != null && !cell.figures().options().isEmpty())
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<OptionLine> options = shown.getFirst().figures().options();
        BarChart chart = new BarChart(I18NProvider.translate("results.chart.distribution", question.text()));
        chart.setId("chart-" + question.questionId());
        chart.setPercentAxis(true);
        if (question.type() == QuestionType.MULTI_CHOICE) {
            List<BarChart.Dataset> datasets = shown.stream().map(cell -> new BarChart.Dataset(cell.column().label(),
                    options.stream().map(option -> percent(cell, option)).toList(), colour(results, cell.column())))
                    .toList();
            chart.setData(options.stream().map(OptionLine::label).toList(), datasets);
        } else {
            List<String> colours = options.size() == LIKERT.size() && question.type() == QuestionType.LIKERT5 ? LIKERT
                    : options.size() == NPS.size() && question.type() == QuestionType.NPS0_10 ? NPS : CHOICES;
            List<BarChart.Dataset> datasets = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                OptionLine option = options.get(i);
                datasets.add(new BarChart.Dataset(option.label(),
                        shown.stream().map(cell -> percent(cell, option)).toList(),
                        colours.get(i % colours.size())));
            }
            chart.setStacked(true);
            chart.setData(shown.stream().map(cell -> cell.column().label()).toList(), datasets);
        }
        return Optional.of(chart);
    }

    /** Each index per column on its 0–100 scale, each bar in its column's colour; hidden cells are left out. */
    static BarChart indices(List<IndexResult> indices, CampaignResults results) {
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 0; i < results.columns().size(); i++) {
            int column = i;
            if (indices.stream().anyMatch(index -> index.cells().get(column).shown())) {
                columns.add(results.columns().get(i));
            }
        }
        List<BarChart.Dataset> datasets = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            IndexResult index = indices.get(i);
            List<BigDecimal> values = columns.stream().map(column -> index.cells().get(results.columns()
                    .indexOf(column))).map(cell -> cell.shown() && cell.figures() != null ? cell.figures().mean()
                    : null).toList();
            datasets.add(indices.size() == 1
                    ? new BarChart.Dataset(index.name(), values, columns.stream()
                            .map(column -> colour(results, column)).toList())
                    : new BarChart.Dataset(index.name(), values, CHOICES.get(i % CHOICES.size())));
        }
        BarChart chart = new BarChart(I18NProvider.translate("results.indices.chart"));
        chart.setId("indices-chart");
        chart.setValueAxis(0, 100, "");
        chart.setData(columns.stream().map(ResultColumn::label).toList(), datasets);
        return chart;
    }

    private static BigDecimal percent(ResultCell cell, OptionLine option) {
        return cell.figures().options().stream().filter(line -> line.code().equals(option.code())).findFirst()
                .map(OptionLine::percent).orElse(null);
    }

    /** A column keeps its colour in every chart of the campaign; the total has the brand colour. */
    private static String colour(CampaignResults results, ResultColumn column) {
        int position = results.columns().indexOf(column);
        return position <= 0 ? BRAND : PALETTE.get((position - 1) % PALETTE.size());
    }
}
