package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.ui.DownloadLink;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.RawResponses;
import org.ccbench.survey.export.ResponsesWorkbook;
import org.ccbench.survey.export.ResultsWorkbook;

/**
 * The xlsx downloads of a campaign's results, written when the link is followed. The results workbook holds what the
 * page shows; the raw responses are read from the service in the download request, which checks the rights again.
 */
final class ResultDownloads {

    private ResultDownloads() {
    }

    /** The result tables as the reader sees them, with the breakdown chosen at the moment of the download. */
    static Anchor results(Supplier<CampaignResults> shown, Locale locale, PortalMetrics metrics, AuditLog audit) {
        return DownloadLink.of("results-download", "results.download.results", event -> {
            CampaignResults results = shown.get();
            audit.recordSeparately("SURVEY_RESULTS_EXPORTED", "campaign", results.campaign().id(),
                    results.campaign().title());
            event.setFileName(DownloadLink.fileName("results", results.campaign().title(), "xlsx"));
            event.setContentType(DownloadLink.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ResultsWorkbook.write(results, locale, out);
            }
            metrics.exported(Export.SURVEY_RESULTS_XLSX);
        });
    }

    /** Every response, anonymised where the campaign promised it; the service lets only the administrator have it. */
    static Anchor rawResponses(String campaignTitle, Supplier<RawResponses> responses, Locale locale,
                               PortalMetrics metrics) {
        return DownloadLink.of("responses-download", "results.download.responses", event -> {
            RawResponses raw = responses.get();
            event.setFileName(DownloadLink.fileName("responses", campaignTitle, "xlsx"));
            event.setContentType(DownloadLink.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ResponsesWorkbook.write(raw, locale, out);
            }
            metrics.exported(Export.SURVEY_RESPONSES_XLSX);
        });
    }
}
