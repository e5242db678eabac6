package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.benchmark.export.BenchmarkSheet;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogues;

/**
 * My unit's KPIs for a month, quarter or year beside anonymous peers: one KPI with its trend, the value matrix,
 * vendors, and in-house against outsourced, each on its own tab and computed when it is shown. The figures come from
 * the latest published edition covering the period, another one chosen, or the live approved months (issue 17).
 */
@Route("benchmark")
@Menu(order = 28, title = "nav.benchmark", icon = "BAR_CHART_H")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class BenchmarkView extends VerticalLayout {

    static final int TREND_MONTHS = 12;

    private final BenchmarkService benchmarks;
    private final DeferredTrends trends;
    private final Clock clock;
    private final Select<SubmissionUnit> unit = new Select<>();
    private final KpiPicker kpi;
    private final Select<BenchmarkPeriod> period = new Select<>();
    private final Select<PeerScope> scope = new Select<>();
    private final TabSheet tabs = new TabSheet();
    private final Map<Tab, Runnable> refreshers = new HashMap<>();
    private final KpiFigurePanel figure;
    private final ValueMatrixPanel matrix;
    private final SourcingTable sourcing = new SourcingTable(period::getValue);
    private final VendorTable vendors = new VendorTable();
    private final PooledVendorTable pooled = new PooledVendorTable();
    private final EditionPicker edition;
    private boolean sourcingManager;
    private boolean offering;
    private BenchmarkSheet shownSheet;

    BenchmarkView(BenchmarkService benchmarks, SubmissionService submissions, CurrentUser currentUser,
                  KpiCatalogues catalogues, Clock clock, AuditLog audit, EditionService editions,
                  DeferredTrends trends) {
        this.benchmarks = benchmarks;
        this.trends = trends;
        this.clock = clock;
        setId("benchmark-view");
        UnaryOperator<String> kpiName = label -> catalogues.find(KpiCatalogues.CURRENT)
                .map(catalogue -> catalogue.label(label, getLocale())).orElse(label);
        kpi = new KpiPicker(kpiName);
        edition = new EditionPicker(editions, clock.getZone(), kpiName);
        figure = new KpiFigurePanel(kpiName);
        matrix = new ValueMatrixPanel(figure::peerSummary);
        List<SubmissionUnit> units = submissions.readableUnits();
        List<BenchmarkPeriod> withData = units.isEmpty() ? List.of() : benchmarks.periodsWithData(periods());
        Anchor download = BenchmarkDownload.link(() -> shownSheet, () -> unit.getValue().id(), audit, getLocale());
        download.setVisible(!withData.isEmpty());
        Anchor yearlyReport = new Anchor("benchmark/yearly-report", getTranslation("yearlyReport.open"));
        yearlyReport.setId("benchmark-yearly-report");
        add(new Toolbar(getTranslation("benchmark.title"), yearlyReport, download),
                new Paragraph(getTranslation("benchmark.help")));
        if (units.isEmpty()) {
            add(new EmptyState(getTranslation("benchmark.noUnits")));
            return;
        }
        if (withData.isEmpty()) {
            add(new EmptyState(getTranslation("benchmark.noPeriods", periods().getLast().label(),
                    periods().getFirst().label())));
            return;
        }
        unit.setId("benchmark-unit");
        unit.setLabel(getTranslation("kpi.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(SubmissionUnit::name);
        unit.setValue(units.getFirst());
        kpi.offer(benchmarks.kpiLabels(units.getFirst().id()));
        period.setId("benchmark-period");
        period.setLabel(getTranslation("benchmark.period"));
        period.setItems(withData);
        period.setItemLabelGenerator(BenchmarkPeriod::label);
        period.setValue(withData.stream().filter(shown -> shown.last().isBefore(periods().getFirst().first()))
                .findFirst().orElse(withData.getFirst()));
        scope.setId("benchmark-scope");
        scope.setLabel(getTranslation("benchmark.scope"));
        scope.setItems(PeerScope.values());
        scope.setItemLabelGenerator(item -> getTranslation(String.join(".", "benchmark.scope", item.code())));
        scope.setValue(PeerScope.AUTOMATIC);
        scope.setWidth("20rem");
        edition.offer(period.getValue());
        HorizontalLayout choices = new HorizontalLayout(unit, kpi, period, scope, edition.select());
        choices.setWrap(true);
        tabs.setId("benchmark-tabs");
        tabs.addClassName("wrapping-tabs");
        tabs.setWidthFull();
        tab("benchmark-tab-kpi", "benchmark.tab.kpi", figure, this::showFigure);
        tab("benchmark-tab-matrix", "benchmark.tab.matrix", matrix,
                () -> matrix.show(benchmarks.valueMatrix(unit.getValue().id(), period.getValue(), scope.getValue(),
                        edition.value())));
        sourcingManager = currentUser.require().hasRole(Role.SOURCING_MANAGER);
        tab("benchmark-tab-vendors", "benchmark.tab.vendors", vendorsTab(sourcingManager), this::showVendors);
        tab("benchmark-tab-sourcing", "benchmark.tab.sourcing", new Div(new Paragraph(
                getTranslation("benchmark.sourcing.help")), sourcing.emptyState(), sourcing),
                () -> sourcing.show(benchmarks.inHouseVersusOutsourced(period.getValue(), edition.value())));
        add(choices, edition.sourceLine(), tabs);
        unit.addValueChangeListener(event -> {
            offering = true;
            kpi.offer(benchmarks.kpiLabels(event.getValue().id()));
            offering = false;
            refresh();
        });
        kpi.addValueChangeListener(event -> {
            if (!offering && event.getValue() != null) {
                refresh();
            }
        });
        period.addValueChangeListener(event -> {
            edition.offer(event.getValue());
            refresh();
        });
        edition.select().addValueChangeListener(event -> {
            if (event.isFromClient()) {
                refresh();
            }
        });
        scope.addValueChangeListener(event -> refresh());
        tabs.addSelectedChangeListener(event -> refresh());
        refresh();
    }

    private void tab(String id, String titleKey, Component content, Runnable refresher) {
        Tab tab = tabs.add(getTranslation(titleKey), content);
        tab.setId(id);
        refreshers.put(tab, refresher);
    }

    private Component vendorsTab(boolean sourcingManager) {
        Div content = new Div();
        if (sourcingManager) {
            Paragraph live = new Paragraph(getTranslation("benchmark.vendors.live"));
            live.setId("benchmark-vendors-live");
            content.add(new H3(getTranslation("benchmark.vendors.title")), live, vendors.emptyState(), vendors);
        } else {
            vendors.setVisible(false);
        }
        content.add(new H3(getTranslation("benchmark.pooled.title")),
                new Paragraph(getTranslation("benchmark.pooled.help")), pooled.emptyState(), pooled);
        return content;
    }

    /**
     * The last twelve months, the last four quarters and the last two calendar years, newest first; the page offers
     * those in which the user's units have an approved month, and starts on the newest before last month (which is
     * usually still being submitted and approved).
     */
    private List<BenchmarkPeriod> periods() {
        return BenchmarkPeriod.offered(YearMonth.now(clock).minusMonths(1));
    }

    /**
     * Shows the selected tab for the choices, says on the KPI picker when the tab does not use it, and keeps what is
     * on screen for the download.
     */
    private void refresh() {
        Tab selected = tabs.getSelectedTab();
        boolean usesKpi = "benchmark-tab-kpi".equals(selected.getId().orElse(""))
                || "benchmark-tab-vendors".equals(selected.getId().orElse(""));
        kpi.setEnabled(usesKpi);
        kpi.setHelperText(usesKpi ? null : getTranslation("benchmark.kpi.notUsed", selected.getLabel()));
        refreshers.get(selected).run();
        keepSheetOfSelectedTab();
    }

    private void keepSheetOfSelectedTab() {
        Tab selected = tabs.getSelectedTab();
        shownSheet = sheet(selected.getId().orElse(""), selected.getLabel());
    }

    private BenchmarkSheet sheet(String tabId, String tabLabel) {
        List<BenchmarkSheet.Line> choices = new ArrayList<>();
        if (!"benchmark-tab-sourcing".equals(tabId) && !"benchmark-tab-vendors".equals(tabId)) {
            choices.add(new BenchmarkSheet.Line(unit.getLabel(), unit.getValue().name()));
        }
        if (kpi.isEnabled()) {
            choices.add(new BenchmarkSheet.Line(kpi.getLabel(), kpi.getItemLabelGenerator().apply(kpi.getValue())));
        }
        choices.add(new BenchmarkSheet.Line(period.getLabel(), period.getValue().label()));
        choices.add(new BenchmarkSheet.Line(edition.select().getLabel(), edition.sourceText()));
        if (!"benchmark-tab-sourcing".equals(tabId) && !"benchmark-tab-vendors".equals(tabId)) {
            choices.add(new BenchmarkSheet.Line(scope.getLabel(), scope.getItemLabelGenerator().apply(scope.getValue())));
        }
        BenchmarkSheets sheets = new BenchmarkSheets(tabLabel, choices);
        return switch (tabId) {
            case "benchmark-tab-matrix" -> sheets.matrix(matrix.lastShown());
            case "benchmark-tab-vendors" -> sheets.vendors(sourcingManager ? vendors.lastShown() : null,
                    vendors.emptyText(), pooled.lastShown(), pooled.emptyText(), pooled::name);
            case "benchmark-tab-sourcing" -> sheets.sourcing(sourcing.lastShown(), sourcing.emptyText());
            default -> sheets.kpi(figure.heading(figure.lastShown()), figure.lastShown(), figure.lastTrend(),
                    figure.definitionSentence(figure.lastShown()).orElse(null));
        };
    }

    private void showFigure() {
        long unitId = unit.getValue().id();
        String kpiLabel = kpi.getValue();
        PeerScope chosen = scope.getValue();
        figure.show(benchmarks.compare(unitId, kpiLabel, period.getValue(), chosen, edition.value()));
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        figure.showTrendWhenRead(trends, () -> benchmarks.trend(unitId, kpiLabel, last, TREND_MONTHS, chosen),
                this::keepSheetOfSelectedTab);
    }

    private void showVendors() {
        String kpiName = kpi.getItemLabelGenerator().apply(kpi.getValue());
        if (sourcingManager) {
            vendors.show(benchmarks.ownVendors(kpi.getValue(), period.getValue()), kpiName, period.getValue());
        }
        pooled.show(benchmarks.pooledVendors(kpi.getValue(), period.getValue(), edition.value()), kpiName,
                period.getValue());
    }
}
