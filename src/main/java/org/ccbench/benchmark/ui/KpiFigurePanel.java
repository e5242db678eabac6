package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.PeerCellLabel;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.base.format.Numbers;

/** One KPI of the unit beside its peers in the cell actually used, with its twelve-month trend against the band. */
class KpiFigurePanel extends Composite<Div> {

    private final UnaryOperator<String> kpiName;

    private final Div figure = new Div();
    private final TrendChart trend;
    private BenchmarkFigure lastShown;
    private List<BenchmarkFigure> lastTrend = List.of();

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    KpiFigurePanel(UnaryOperator<String> kpiName) {
        this.kpiName = kpiName;
        figure.setId("benchmark-figure");
        trend = new TrendChart(getTranslation("benchmark.trend"));
        trend.setId("benchmark-trend");
        trend.setWidthFull();
        Paragraph live = new Paragraph(getTranslation("benchmark.edition.trendLive"));
        live.setId("benchmark-trend-live");
        getContent().add(figure, new H3(getTranslation("benchmark.trend")), live, trend);
    }

    /** The KPI by its name and the period: "Service level · phone · 2026-02". */
    String heading(BenchmarkFigure shown) {
        return kpiName.apply(shown.kpi()) + " · " + shown.period().label();
    }

    void show(BenchmarkFigure shown) {
        lastShown = shown;
        figure.removeAll();
        figure.add(new H3(heading(shown)));
        if (!shown.coversPeriod()) {
            figure.add(line("benchmark-own", getTranslation("benchmark.noOwnData")));
            return;
        }
        if (shown.definitionChanged()) {
            figure.add(line("benchmark-definition", getTranslation("benchmark.definitionChanged")));
            return;
        }
        figure.add(line("benchmark-own", getTranslation("benchmark.own", text(shown.ownValue()))));
        if (shown.smallSample()) {
            figure.add(line("benchmark-small-sample", getTranslation("benchmark.smallSample.own")));
        }
        definitionSentence(shown).ifPresent(sentence -> figure.add(line("benchmark-definition", sentence)));
        if (shown.insufficientPeers()) {
            figure.add(line("benchmark-cell", getTranslation("benchmark.insufficient")));
            return;
        }
        if (shown.noSpread()) {
            figure.add(line("benchmark-cell", getTranslation("benchmark.peers", cellLabel(shown))),
                    line("benchmark-quartiles", getTranslation("benchmark.noSpread")));
            return;
        }
        figure.add(line("benchmark-cell", getTranslation("benchmark.peers", cellLabel(shown))),
                line("benchmark-quartiles", getTranslation("benchmark.quartiles", text(shown.p25()),
                        text(shown.median()), text(shown.p75()), text(shown.mean()))));
        if (shown.p10() != null) {
            figure.add(line("benchmark-deciles", getTranslation("benchmark.deciles", text(shown.p10()),
                    text(shown.p90()))));
        }
        if (shown.percentRank() != null) {
            figure.add(line("benchmark-rank", getTranslation("benchmark.rank", text(shown.percentRank()))));
        }
    }

    /** The figure on screen, for the export; null before the tab was shown. */
    BenchmarkFigure lastShown() {
        return lastShown;
    }

    List<BenchmarkFigure> lastTrend() {
        return lastTrend;
    }

    void showTrend(List<BenchmarkFigure> months) {
        lastTrend = List.copyOf(months);
        trend.setSeries(new TrendChart.Series(months.stream().map(month -> month.period().label()).toList(),
                getTranslation("benchmark.trend.own"), months.stream().map(BenchmarkFigure::ownValue).toList(),
                getTranslation("benchmark.trend.p25"), months.stream().map(BenchmarkFigure::p25).toList(),
                getTranslation("benchmark.trend.p75"), months.stream().map(BenchmarkFigure::p75).toList()));
    }

    /** The peers of a figure in one line: the cell used and its quartiles, or why there are none. */
    String peerSummary(BenchmarkFigure shown) {
        if (!shown.coversPeriod() || shown.insufficientPeers()) {
            return getTranslation("benchmark.insufficient");
        }
        if (shown.noSpread()) {
            return getTranslation("benchmark.peers", cellLabel(shown)) + " · " + getTranslation("benchmark.noSpread.short");
        }
        return getTranslation("benchmark.peers", cellLabel(shown)) + " · " + getTranslation("benchmark.band",
                text(shown.median()), text(shown.p25()), text(shown.p75()));
    }

    /**
     * The definition the figure is compared under, in a sentence: "Measured with a 30-s threshold: compared only with
     * peers measured with 30 s." Empty for a KPI without a definition that peers must share.
     */
    Optional<String> definitionSentence(BenchmarkFigure shown) {
        return shown.definition().entrySet().stream().findFirst().map(entry -> getTranslation(
                String.join(".", "benchmark.definition", entry.getKey()),
                numbers().exact(entry.getValue())));
    }

    static String cellLabel(BenchmarkFigure shown) {
        BenchmarkFigure.PeerCellCodes cell = shown.peerCell();
        return PeerCellLabel.of(cell.sourcing(), cell.sector(), cell.size(), shown.n());
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }

    private String text(BigDecimal value) {
        return numbers().number(value);
    }

    /** Figures in the reader's notation (74,5 or 74.5). */
    private Numbers numbers() {
        return Numbers.of(getLocale());
    }
}
