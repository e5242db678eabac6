package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexTrend;
import org.ccbench.survey.ShownInterval;

/**
 * The waves of a campaign's questionnaire family (SCORING.md §5.8): which wave the figures are compared with, and
 * each index's total over every readable wave as a line inside its 95 % interval. A wave whose total is hidden or not
 * comparable leaves a gap.
 */
final class WaveTrend {

    private WaveTrend() {
    }

    static Optional<Paragraph> previousWave(CampaignResults results) {
        if (results.previousWave() == null) {
            return Optional.empty();
        }
        Paragraph line = new Paragraph(I18NProvider.translate("results.wave.previous", results.previousWave().title()));
        line.setId("previous-wave");
        line.addClassName("result-wave-note");
        return Optional.of(line);
    }

    static List<TrendChart> charts(CampaignResults results) {
        return results.trends().stream().filter(trend -> trend.points().size() > 1).map(WaveTrend::chart).toList();
    }

    private static TrendChart chart(IndexTrend trend) {
        TrendChart chart = new TrendChart(I18NProvider.translate("results.trend.chart", trend.name()));
        chart.setId("index-trend-" + trend.indexId());
        List<IndexTrend.Point> points = trend.points();
        chart.setSeries(new TrendChart.Series(points.stream().map(point -> point.wave().title()).toList(),
                trend.name(), points.stream().map(IndexTrend.Point::value).toList(),
                I18NProvider.translate("results.trend.low"), points.stream().map(point -> bound(point, true)).toList(),
                I18NProvider.translate("results.trend.high"),
                points.stream().map(point -> bound(point, false)).toList()));
        return chart;
    }

    private static BigDecimal bound(IndexTrend.Point point, boolean lower) {
        ShownInterval interval = point.interval();
        return interval == null ? null : lower ? interval.lower() : interval.upper();
    }
}
