package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.RawResponses;
import org.ccbench.survey.export.ResponsesWorkbook;
import org.ccbench.survey.export.ResultsWorkbook;

/**
 * The xlsx downloads of a campaign's results, written when the link is followed. The results workbook holds what the
 * page shows; the raw responses are read from the service in the download request, which checks the rights again.
 */
final class ResultDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ResultDownloads() {
    }

    /** The result tables as the reader sees them, with the breakdown chosen at the moment of the download. */
    static Anchor results(Supplier<CampaignResults> shown, Locale locale) {
        return anchor("results-download", "results.download.results", event -> {
            CampaignResults results = shown.get();
            event.setFileName(fileName("results", results.campaign().title()));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ResultsWorkbook.write(results, locale, out);
            }
        });
    }

    /** Every response, anonymised where the campaign promised it; the service lets only the administrator have it. */
    static Anchor rawResponses(String campaignTitle, Supplier<RawResponses> responses, Locale locale) {
        return anchor("responses-download", "results.download.responses", event -> {
            RawResponses raw = responses.get();
            event.setFileName(fileName("responses", campaignTitle));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ResponsesWorkbook.write(raw, locale, out);
            }
        });
    }

    private static Anchor anchor(String id, String labelKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(I18NProvider.translate(labelKey));
        anchor.setId(id);
        anchor.addClassName("results-download");
        return anchor;
    }

    /** results-benchmark-2026.xlsx: the title in plain letters, digits and dashes. */
    static String fileName(String prefix, String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + (plain.isEmpty() ? "" : "-" + plain) + ".xlsx";
    }
}
