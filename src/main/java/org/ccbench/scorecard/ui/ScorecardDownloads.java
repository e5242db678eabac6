package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.export.ScorecardPdf;
import org.ccbench.scorecard.export.ScorecardWorkbook;

/** The scorecard as the page shows it, as an xlsx with live bonus/malus formulas and as a PDF for the meeting. */
final class ScorecardDownloads {

    private ScorecardDownloads() {
    }

    static Anchor workbook(Supplier<Scorecard> shown, Locale locale, ZoneId zone, PortalMetrics metrics,
                           AuditLog audit) {
        return DownloadLink.of("scorecard-xlsx", "scorecard.download.xlsx", event -> {
            Scorecard card = shown.get();
            exported(audit, card, "xlsx");
            event.setFileName(fileName(card, "xlsx"));
            event.setContentType(DownloadLink.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ScorecardWorkbook.write(card, locale, zone, out);
            }
            metrics.exported(Export.SCORECARD_XLSX);
        });
    }

    static Anchor pdf(Supplier<Scorecard> shown, Locale locale, ZoneId zone, PortalMetrics metrics, AuditLog audit) {
        return DownloadLink.of("scorecard-pdf", "scorecard.download.pdf", event -> {
            Scorecard card = shown.get();
            exported(audit, card, "pdf");
            event.setFileName(fileName(card, "pdf"));
            event.setContentType(DownloadLink.PDF);
            try (OutputStream out = event.getOutputStream()) {
                ScorecardPdf.write(card, locale, zone, out);
            }
            metrics.exported(Export.SCORECARD_PDF);
        });
    }

    /** The audit log's record of the download: the contract, its period and the format. */
    static void exported(AuditLog audit, Scorecard card, String format) {
        audit.recordSeparately("SCORECARD_EXPORTED", "reporting_unit", card.header().contractId(),
                format + " " + card.header().contractName() + " " + card.header().periodLabel());
    }

    /** scorecard-zwolle-telefonie-2026-09.xlsx. */
    private static String fileName(Scorecard card, String extension) {
        return DownloadLink.fileName("scorecard", card.header().contractName() + " " + card.header().periodLabel(),
                extension);
    }
}
