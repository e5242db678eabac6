package org.ccbench.template;

import java.util.Locale;
import java.util.Map;

/** A text in every locale of its template, e.g. {@code {en: "…", nl: "…"}}. */
public record Localized(Map<String, String> texts) {

    public Localized {
        texts = Map.copyOf(texts);
    }

    /** The text in the given locale's language, else English, else any. */
    public String in(Locale locale) {
        String text = texts.get(locale.getLanguage());
        if (text == null) {
            text = texts.getOrDefault("en", texts.values().stream().findFirst().orElse(""));
        }
        return text;
    }
}
