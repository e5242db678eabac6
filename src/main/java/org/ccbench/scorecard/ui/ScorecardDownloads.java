package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.export.ScorecardPdf;
import org.ccbench.scorecard.export.ScorecardWorkbook;

/** The scorecard as the page shows it, as an xlsx with live bonus/malus formulas and as a PDF for the meeting. */
final class ScorecardDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private ScorecardDownloads() {
    }

    static Anchor workbook(Supplier<Scorecard> shown, Locale locale) {
        return anchor("scorecard-xlsx", "scorecard.download.xlsx", event -> {
            Scorecard card = shown.get();
            event.setFileName(fileName(card, "xlsx"));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ScorecardWorkbook.write(card, locale, out);
            }
        });
    }

    static Anchor pdf(Supplier<Scorecard> shown, Locale locale) {
        return anchor("scorecard-pdf", "scorecard.download.pdf", event -> {
            Scorecard card = shown.get();
            event.setFileName(fileName(card, "pdf"));
            event.setContentType(PDF);
            try (OutputStream out = event.getOutputStream()) {
                ScorecardPdf.write(card, locale, out);
            }
        });
    }

    static Anchor anchor(String id, String labelKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(I18NProvider.translate(labelKey));
        anchor.setId(id);
        anchor.addClassName("results-download");
        return anchor;
    }

    /** scorecard-zwolle-telefonie-2026-09.xlsx: plain letters, digits and dashes. */
    static String fileName(Scorecard card, String extension) {
        return "scorecard-" + plain(card.header().contractName() + " " + card.header().periodLabel()) + "."
                + extension;
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
