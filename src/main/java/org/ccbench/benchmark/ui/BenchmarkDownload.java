package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.benchmark.export.BenchmarkSheet;
import org.ccbench.benchmark.export.BenchmarkWorkbook;

/** The benchmark tab on screen as an xlsx, recorded in the audit log like the scorecard downloads. */
final class BenchmarkDownload {

    static final String EXPORTED = "BENCHMARK_EXPORTED";

    private BenchmarkDownload() {
    }

    /**
     * @param shown  the sheet of the tab on screen, built when the tab was last shown
     * @param unitId the unit chosen on the page, the audit event's subject
     */
    static Anchor link(Supplier<BenchmarkSheet> shown, LongSupplier unitId, AuditLog audit, Locale locale) {
        return DownloadLink.of("benchmark-xlsx", "benchmark.download.xlsx", event -> {
            BenchmarkSheet sheet = shown.get();
            audit.recordSeparately(EXPORTED, "reporting_unit", unitId.getAsLong(), "xlsx " + sheet.name() + " · "
                    + sheet.context().stream().map(BenchmarkSheet.Line::value).collect(Collectors.joining(" · ")));
            event.setFileName(DownloadLink.fileName("benchmark", sheet.name() + " " + sheet.context().stream().limit(3)
                    .map(BenchmarkSheet.Line::value).collect(Collectors.joining(" ")), "xlsx"));
            event.setContentType(DownloadLink.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                BenchmarkWorkbook.write(sheet, locale, out);
            }
        });
    }
}
