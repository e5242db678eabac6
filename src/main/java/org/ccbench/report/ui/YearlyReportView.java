package org.ccbench.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.report.YearlyReport;
import org.ccbench.report.YearlyReportService;
import org.ccbench.report.YearlyReportService.Format;
import org.ccbench.security.Role;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * The participants' report of a period (issue 17 §4), reached from the Benchmark page: choose the period and the
 * edition (or live figures), build it (it may take seconds: a progress bar shows while the server works, the page
 * polling for the result), then download the PDF or the workbook, in the reader's language.
 */
@Route("benchmark/yearly-report")
@RolesAllowed({Role.VENDOR_NAME, Role.CENTER_MANAGER_NAME, Role.SOURCING_MANAGER_NAME})
class YearlyReportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLISECONDS = 500;

    private final YearlyReportService reports;
    private final Select<BenchmarkPeriod> period = new Select<>();
    private final Select<Edition> edition = new Select<>();
    private final Button build = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Clock clock;
    private YearlyReport built;

    YearlyReportView(YearlyReportService reports, BenchmarkService benchmarks, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("yearly-report-view");
        add(new Toolbar(getTranslation("yearlyReport.title")), new Paragraph(getTranslation("yearlyReport.help")));
        List<BenchmarkPeriod> periods = benchmarks.periodsWithData(candidates());
        period.setId("report-period");
        period.setLabel(getTranslation("benchmark.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(BenchmarkPeriod::label);
        edition.setId("report-edition");
        edition.setLabel(getTranslation("yearlyReport.edition"));
        edition.setEmptySelectionAllowed(true);
        edition.setEmptySelectionCaption(getTranslation("benchmark.edition.live"));
        edition.setItemLabelGenerator(this::editionLabel);
        edition.setWidth("24rem");
        edition.setMaxWidth("100%");
        build.setId("report-build");
        build.setText(getTranslation("yearlyReport.build"));
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.addClickListener(event -> startBuilding());
        progress.setId("report-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("report-status");
        downloads.setId("report-downloads");
        HorizontalLayout choices = new HorizontalLayout(period, edition, build);
        choices.setAlignItems(Alignment.BASELINE);
        choices.setWrap(true);
        add(choices, progress, status, downloads);
        period.addValueChangeListener(event -> offerEditions(event.getValue()));
        if (periods.isEmpty()) {
            build.setEnabled(false);
            status.setText(getTranslation("yearlyReport.noPeriods"));
        } else {
            period.setValue(periods.stream().filter(candidate -> everyMonthHasData(benchmarks, candidate)).findFirst()
                    .orElse(periods.getFirst()));
        }
    }

    /** Whether the user's units have approved figures in every month of the period: the default should not be empty. */
    private static boolean everyMonthHasData(BenchmarkService benchmarks, BenchmarkPeriod candidate) {
        List<BenchmarkPeriod> months = candidate.months().stream().map(BenchmarkPeriod::month).toList();
        return benchmarks.periodsWithData(months).size() == months.size();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearlyReport.title");
    }

    /** The last two calendar years and the last four quarters, newest first (a year only once it has ended). */
    private List<BenchmarkPeriod> candidates() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<BenchmarkPeriod> candidates = new ArrayList<>();
        candidates.add(BenchmarkPeriod.year(last.getYear() - 1));
        for (int back = 1; back <= 4; back++) {
            candidates.add(BenchmarkPeriod.quarter(last.minusMonths(3L * back)));
        }
        candidates.add(BenchmarkPeriod.year(last.getYear() - 2));
        return candidates;
    }

    private void offerEditions(BenchmarkPeriod chosen) {
        List<Edition> editions = chosen == null ? List.of() : reports.editions(chosen);
        edition.setItems(editions);
        edition.setValue(editions.isEmpty() ? null : editions.getFirst());
        downloads.removeAll();
        built = null;
        status.setText("");
    }

    private String editionLabel(Edition item) {
        return item == null ? getTranslation("benchmark.edition.live")
                : EditionStamp.describe(EditionStamp.of(item, clock.getZone()), getLocale(), this::getTranslation);
    }

    /** Builds the report away from the request, the page polling until it is there. */
    private void startBuilding() {
        UI ui = UI.getCurrent();
        BenchmarkPeriod chosen = period.getValue();
        Long editionId = edition.getValue() == null ? null : edition.getValue().id();
        Locale locale = getLocale();
        build.setEnabled(false);
        progress.setVisible(true);
        downloads.removeAll();
        status.setText(getTranslation("yearlyReport.building", chosen.label()));
        ui.setPollInterval(POLL_MILLISECONDS);
        CompletableFuture.supplyAsync(() -> reports.build(chosen, editionId, locale),
                        new DelegatingSecurityContextExecutor(ForkJoinPool.commonPool()))
                .whenComplete((report, failure) -> ui.access(() -> finished(ui, report, failure)));
    }

    private void finished(UI ui, YearlyReport report, Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        build.setEnabled(true);
        if (failure != null) {
            status.setText(getTranslation("yearlyReport.failed"));
            return;
        }
        built = report;
        status.setText(getTranslation("yearlyReport.ready", report.period().label()));
        downloads.add(download("report-pdf", "yearlyReport.download.pdf", Format.PDF, DownloadLink.PDF, "pdf"),
                download("report-xlsx", "yearlyReport.download.xlsx", Format.XLSX, DownloadLink.XLSX, "xlsx"));
    }

    private Anchor download(String id, String labelKey, Format format, String contentType, String extension) {
        YearlyReport report = built;
        Locale locale = getLocale();
        return DownloadLink.of(id, labelKey, event -> {
            event.setFileName(DownloadLink.fileName("ccbench-report", report.period().label(), extension));
            event.setContentType(contentType);
            try (var out = event.getOutputStream()) {
                reports.export(report, format, locale, out);
            }
        });
    }
}
