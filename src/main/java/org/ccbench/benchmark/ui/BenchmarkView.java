package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.base.ui.TrendChart;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.organisation.Sector;
import org.ccbench.scoring.peer.PeerCell;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;

/** My unit's KPI for a month, quarter or year beside its anonymous peers, in the peer cell actually used. */
@Route("benchmark")
@Menu(order = 28, title = "nav.benchmark", icon = "BAR_CHART_H")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class BenchmarkView extends VerticalLayout {

    static final int TREND_MONTHS = 12;

    private final BenchmarkService benchmarks;
    private final Select<SubmissionUnit> unit = new Select<>();
    private final Select<String> kpi = new Select<>();
    private final Select<BenchmarkPeriod> period = new Select<>();
    private final Div figure = new Div();
    private TrendChart trend;
    private final SourcingTable sourcing = new SourcingTable();
    private final VendorTable vendors = new VendorTable();
    private boolean sourcingManager;

    BenchmarkView(BenchmarkService benchmarks, SubmissionService submissions, CurrentUser currentUser) {
        this.benchmarks = benchmarks;
        this.sourcingManager = currentUser.require().hasRole(Role.SOURCING_MANAGER);
        setId("benchmark-view");
        List<SubmissionUnit> units = submissions.readableUnits();
        add(new Toolbar(getTranslation("benchmark.title")), new Paragraph(getTranslation("benchmark.help")));
        if (units.isEmpty()) {
            add(new EmptyState(getTranslation("benchmark.noUnits")));
            return;
        }
        unit.setId("benchmark-unit");
        unit.setLabel(getTranslation("kpi.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(SubmissionUnit::name);
        unit.setValue(units.getFirst());
        kpi.setId("benchmark-kpi");
        kpi.setLabel(getTranslation("benchmark.kpi"));
        kpi.setItems(benchmarks.kpiLabels());
        kpi.setValue("CSAT");
        period.setId("benchmark-period");
        period.setLabel(getTranslation("benchmark.period"));
        period.setItems(periods());
        period.setItemLabelGenerator(BenchmarkPeriod::label);
        period.setValue(periods().get(1));
        figure.setId("benchmark-figure");
        trend = new TrendChart(getTranslation("benchmark.trend"));
        trend.setId("benchmark-trend");
        trend.setWidthFull();
        HorizontalLayout choices = new HorizontalLayout(unit, kpi, period);
        choices.setWrap(true);
        add(choices, figure, new H3(getTranslation("benchmark.trend")), trend,
                new H3(getTranslation("benchmark.sourcing.title")),
                new Paragraph(getTranslation("benchmark.sourcing.help")), sourcing);
        if (sourcingManager) {
            addComponentAtIndex(indexOf(figure) + 1, new H3(getTranslation("benchmark.vendors.title")));
            addComponentAtIndex(indexOf(figure) + 2, vendors);
        }
        unit.addValueChangeListener(event -> refresh());
        kpi.addValueChangeListener(event -> refresh());
        period.addValueChangeListener(event -> {
            show();
            sourcing.show(benchmarks.inHouseVersusOutsourced(period.getValue()));
        });
        refresh();
        sourcing.show(benchmarks.inHouseVersusOutsourced(period.getValue()));
    }

    /** The last twelve months, the last four quarters and the last two calendar years, newest first. */
    private static List<BenchmarkPeriod> periods() {
        YearMonth last = YearMonth.now().minusMonths(1);
        List<BenchmarkPeriod> periods = new ArrayList<>();
        for (int back = 0; back < 12; back++) {
            periods.add(BenchmarkPeriod.month(last.minusMonths(back)));
        }
        for (int back = 1; back <= 4; back++) {
            periods.add(BenchmarkPeriod.quarter(last.minusMonths(3L * back)));
        }
        periods.add(BenchmarkPeriod.year(last.getYear() - 1));
        periods.add(BenchmarkPeriod.year(last.getYear() - 2));
        return periods;
    }

    private void refresh() {
        show();
        List<BenchmarkFigure> months = benchmarks.trend(unit.getValue().id(), kpi.getValue(),
                YearMonth.now().minusMonths(1), TREND_MONTHS);
        trend.setSeries(new TrendChart.Series(months.stream().map(month -> month.period().label()).toList(),
                getTranslation("benchmark.trend.own"), months.stream().map(BenchmarkFigure::ownValue).toList(),
                getTranslation("benchmark.trend.p25"), months.stream().map(BenchmarkFigure::p25).toList(),
                getTranslation("benchmark.trend.p75"), months.stream().map(BenchmarkFigure::p75).toList()));
    }

    private void show() {
        if (sourcingManager) {
            vendors.show(benchmarks.ownVendors(kpi.getValue(), period.getValue()));
        }
        figure.removeAll();
        BenchmarkFigure shown = benchmarks.compare(unit.getValue().id(), kpi.getValue(), period.getValue());
        figure.add(new H3(shown.kpi() + " · " + shown.period().label()));
        if (!shown.coversPeriod()) {
            figure.add(line("benchmark-own", getTranslation("benchmark.noOwnData")));
            return;
        }
        figure.add(line("benchmark-own", getTranslation("benchmark.own", text(shown.ownValue()))));
        if (shown.insufficientPeers()) {
            figure.add(line("benchmark-cell", getTranslation("benchmark.insufficient")));
            return;
        }
        figure.add(line("benchmark-cell", getTranslation("benchmark.peers", cellLabel(shown.peerCell(), shown.n()))),
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

    /** e.g. "outsourced · all sectors · all sizes (n = 12)", in the user's language. */
    private String cellLabel(BenchmarkFigure.PeerCellCodes cell, int n) {
        String all = PeerCell.ALL;
        String sourcing = getTranslation(String.join(".", "benchmark.sourcing", cell.sourcing()));
        String sector = all.equals(cell.sector()) ? getTranslation("benchmark.allSectors")
                : Labels.of(Sector.valueOf(cell.sector().toUpperCase(Locale.ROOT)));
        String size = all.equals(cell.size()) ? getTranslation("benchmark.allSizes")
                : getTranslation("benchmark.size", cell.size());
        return sourcing + " · " + sector + " · " + size + " (n = " + n + ")";
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
