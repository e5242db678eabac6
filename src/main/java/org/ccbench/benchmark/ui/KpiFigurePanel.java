package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.PeerCellLabel;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.benchmark.BenchmarkFigure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One KPI of the unit beside its peers in the cell actually used, with its twelve-month trend against the band. */
class KpiFigurePanel extends Composite<Div> {

    private static final int POLL_MILLISECONDS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(KpiFigurePanel.class);

    private final UnaryOperator<String> kpiName;

    private final Div figure = new Div();
    private final TrendChart trend;
    private final Paragraph trendStatus = new Paragraph();
    private final ProgressBar trendProgress = new ProgressBar();
    private BenchmarkFigure lastShown;
    private List<BenchmarkFigure> lastTrend = List.of();
    private final AtomicLong latestTrend = new AtomicLong();

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    KpiFigurePanel(UnaryOperator<String> kpiName) {
        this.kpiName = kpiName;
        figure.setId("benchmark-figure");
        trend = new TrendChart(getTranslation("benchmark.trend"));
        trend.setId("benchmark-trend");
        trend.setWidthFull();
        Paragraph live = new Paragraph(getTranslation("benchmark.edition.trendLive"));
        live.setId("benchmark-trend-live");
        trendStatus.setId("benchmark-trend-status");
        trendStatus.getElement().setAttribute("role", "status");
        trendStatus.setVisible(false);
        trendProgress.setId("benchmark-trend-progress");
        trendProgress.setIndeterminate(true);
        trendProgress.setVisible(false);
        getContent().add(figure, new H3(getTranslation("benchmark.trend")), live, trendStatus, trendProgress, trend);
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

    /**
     * Shows the trend if {@code trends} read it within their wait; otherwise the page answers with the figure and
     * "reading", and polls until the trend is there. A later call's trend replaces it, and a read whose turn comes
     * after a later call reads nothing. {@code shown} runs when a trend read later is on screen.
     */
    void showTrendWhenRead(DeferredTrends trends, Supplier<List<BenchmarkFigure>> read, Runnable shown) {
        long request = latestTrend.incrementAndGet();
        CompletableFuture<List<BenchmarkFigure>> reading = trends.read(() -> request == latestTrend.get()
                ? read.get() : List.of());
        UI ui = UI.getCurrent();
        ui.setPollInterval(-1);
        try {
            showTrend(reading.get(trends.waitBeforeAnswering().toMillis(), TimeUnit.MILLISECONDS));
            return;
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException slow) {
            LOG.debug("trend not read within {}: shown when it is", trends.waitBeforeAnswering());
        }
        trendReading();
        ui.setPollInterval(POLL_MILLISECONDS);
        reading.whenComplete((months, failure) -> {
            try {
                ui.access(() -> trendRead(ui, request, months, failure, shown));
            } catch (UIDetachedException gone) {
                LOG.debug("trend read after its page was closed");
            }
        });
    }

    private void trendRead(UI ui, long request, List<BenchmarkFigure> months, Throwable failure, Runnable shown) {
        if (request != latestTrend.get()) {
            return;
        }
        ui.setPollInterval(-1);
        if (failure != null) {
            LOG.warn("The Benchmark page's trend could not be read", failure);
            trendFailed();
        } else {
            showTrend(months);
        }
        shown.run();
    }

    /** The trend is being read: the chart on screen (another KPI's, or none yet) is dimmed until it is there. */
    private void trendReading() {
        lastTrend = List.of();
        trendStatus.setText(getTranslation("benchmark.trend.reading"));
        trendStatus.setVisible(true);
        trendProgress.setVisible(true);
        trend.addClassName("reading");
        trend.getElement().setAttribute("aria-busy", "true");
    }

    /** The trend could not be read: the figure above stands, the dimmed chart is not this KPI's. */
    private void trendFailed() {
        lastTrend = List.of();
        trendStatus.setText(getTranslation("benchmark.trend.failed"));
        trendStatus.setVisible(true);
        trendProgress.setVisible(false);
    }

    private void showTrend(List<BenchmarkFigure> months) {
        trendStatus.setVisible(false);
        trendProgress.setVisible(false);
        trend.removeClassName("reading");
        trend.getElement().removeAttribute("aria-busy");
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
                UiNumbers.current().exact(entry.getValue())));
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
        return UiNumbers.current().number(value);
    }
}
