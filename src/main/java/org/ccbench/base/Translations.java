package org.ccbench.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts in English (the base file) and Dutch, from {@code vaadin-i18n/translations*.properties}. The
 * JVM's own default locale never decides the language: English is the fallback for every other language.
 */
public final class Translations {

    public static final Locale DUTCH = Locale.of("nl");
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, DUTCH);

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Translations() {
    }

    /** English or Dutch, whichever the locale's language is closest to. */
    public static Locale supported(Locale locale) {
        return locale != null && DUTCH.getLanguage().equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
    }

    /** The text for the key, with {@link MessageFormat} arguments if any; {@code !key!} when the key is unknown. */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
