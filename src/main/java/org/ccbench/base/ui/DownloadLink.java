package org.ccbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.text.Normalizer;
import java.util.Locale;

/** A download link whose file is written when it is followed, and file names made of plain letters and digits. */
public final class DownloadLink {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private DownloadLink() {
    }

    public static Anchor of(String id, String labelKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(I18NProvider.translate(labelKey));
        anchor.setId(id);
        anchor.addClassName("results-download");
        return anchor;
    }

    /** {@code results-benchmark-2026.xlsx}: the title in plain letters, digits and dashes. */
    public static String fileName(String prefix, String title, String extension) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + (plain.isEmpty() ? "" : "-" + plain) + "." + extension;
    }
}
