package org.ccbench.survey.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The exports' own header labels and notes, in English or Dutch ({@code export/labels*.properties}). Any locale whose
 * language is not Dutch gets English, whatever the server's default locale.
 */
public final class ExportLabels {

    private static final String BUNDLE = "export.labels";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ExportLabels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ExportLabels of(Locale locale) {
        boolean dutch = locale != null && "nl".equals(locale.getLanguage());
        return new ExportLabels(dutch ? Locale.of("nl") : Locale.ROOT);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
