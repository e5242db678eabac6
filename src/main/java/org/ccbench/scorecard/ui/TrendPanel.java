package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.BarChart;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.scorecard.KpiTrend;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.SlaRow;

/**
 * Twelve months up to the period's end: one SLA KPI against its band from floor to target, and the bonus/malus of
 * each month (negative: a credit to the client).
 */
class TrendPanel extends Composite<Div> {

    private final Select<String> kpi = new Select<>();
    private final TrendChart chart;
    private final BarChart amounts;
    private Scorecard shown;

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    TrendPanel(UnaryOperator<String> kpiName) {
        kpi.setId("scorecard-trend-kpi");
        kpi.setItemLabelGenerator(kpiName::apply);
        kpi.setLabel(getTranslation("scorecard.sla.kpi"));
        kpi.addValueChangeListener(event -> drawKpi());
        chart = new TrendChart(getTranslation("scorecard.trend.kpi"));
        chart.setId("scorecard-trend");
        chart.setWidthFull();
        amounts = new BarChart(getTranslation("scorecard.trend.amounts"));
        amounts.setId("scorecard-amounts");
        amounts.setHorizontal(false);
        amounts.setWidthFull();
        getContent().add(kpi, chart, new H4(getTranslation("scorecard.trend.amounts")), amounts);
        getContent().setWidthFull();
    }

    void show(Scorecard card) {
        shown = card;
        List<String> labels = card.trend().series().stream().map(KpiTrend.Series::kpiLabel).toList();
        String keep = kpi.getValue();
        kpi.setItems(labels);
        kpi.setValue(labels.contains(keep) ? keep : labels.isEmpty() ? null : labels.getFirst());
        List<String> months = card.trend().months().stream().map(YearMonth::toString).toList();
        amounts.setData(months, List.of(new BarChart.Dataset(getTranslation("scorecard.sla.amount"),
                card.trend().amounts(), "#1a5e8a")));
        drawKpi();
    }

    private void drawKpi() {
        if (shown == null || kpi.getValue() == null) {
            return;
        }
        KpiTrend trend = shown.trend();
        KpiTrend.Series series = trend.series().stream().filter(found -> found.kpiLabel().equals(kpi.getValue()))
                .findFirst().orElseThrow();
        BigDecimal floor = shown.slaRows().stream().filter(row -> row.kpiLabel().equals(series.kpiLabel()))
                .map(SlaRow::floor).findFirst().orElse(null);
        int size = trend.months().size();
        chart.setSeries(new TrendChart.Series(trend.months().stream().map(YearMonth::toString).toList(),
                kpi.getItemLabelGenerator().apply(series.kpiLabel()), series.values(),
                getTranslation("scorecard.sla.floor"),
                Collections.nCopies(size, floor), getTranslation("scorecard.sla.target"),
                Collections.nCopies(size, series.target())));
    }
}
