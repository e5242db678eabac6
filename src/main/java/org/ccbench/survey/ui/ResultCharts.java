package org.ccbench.survey.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccbench.base.ui.BarChart;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.OptionLine;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultColumn;

/** Bar charts of the shown cells only: a hidden cell never becomes a bar. */
final class ResultCharts {

    /** The brand colour for the total, then colours that stay apart for colour-blind readers (Okabe–Ito). */
    private static final List<String> PALETTE = List.of("#0b5c73", "#e69f00", "#56b4e9", "#009e73", "#cc79a7",
            "#d55e00", "#0072b2", "#b8a000", "#7f7f7f", "#882255", "#44aa99", "#332288");

    private ResultCharts() {
    }

    /** The distribution per shown column, in percent; none for questions without one (number, text). */
    static Optional<BarChart> distribution(QuestionResult question, CampaignResults results) {
        List<ResultCell> shown = question.cells().stream()
                .filter(cell -> cell.shown() && cell.figures() != null && !cell.figures().options().isEmpty())
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<OptionLine> options = shown.getFirst().figures().options();
        List<BarChart.Dataset> datasets = new ArrayList<>();
        for (ResultCell cell : shown) {
            List<BigDecimal> percents = options.stream().map(option -> cell.figures().options().stream()
                    .filter(line -> line.code().equals(option.code())).findFirst()
                    .map(OptionLine::percent).orElse(null)).toList();
            datasets.add(new BarChart.Dataset(cell.column().label(), percents, colour(results, cell.column())));
        }
        BarChart chart = new BarChart(I18NProvider.translate("results.chart.distribution", question.text()));
        chart.setId("chart-" + question.questionId());
        chart.setPercentAxis(true);
        chart.setData(options.stream().map(OptionLine::label).toList(), datasets);
        return Optional.of(chart);
    }

    /** Each index per column on its 0–100 scale; hidden cells are left out. */
    static BarChart indices(List<IndexResult> indices, CampaignResults results) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < results.columns().size(); i++) {
            int column = i;
            if (indices.stream().anyMatch(index -> index.cells().get(column).shown())) {
                columns.add(i);
            }
        }
        List<BarChart.Dataset> datasets = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            IndexResult index = indices.get(i);
            List<BigDecimal> values = columns.stream().map(column -> index.cells().get(column))
                    .map(cell -> cell.shown() && cell.figures() != null ? cell.figures().mean() : null).toList();
            datasets.add(new BarChart.Dataset(index.name(), values, PALETTE.get(i % PALETTE.size())));
        }
        BarChart chart = new BarChart(I18NProvider.translate("results.indices.chart"));
        chart.setId("indices-chart");
        chart.setValueAxis(0, 100, "");
        chart.setData(columns.stream().map(column -> results.columns().get(column).label()).toList(), datasets);
        return chart;
    }

    /** A column keeps its colour in every chart of the campaign. */
    private static String colour(CampaignResults results, ResultColumn column) {
        int position = Math.max(0, results.columns().indexOf(column));
        return PALETTE.get(position % PALETTE.size());
    }
}
