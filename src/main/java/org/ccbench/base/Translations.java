package org.ccbench.base;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ccbench.base.format.Numbers;

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

    /**
     * The text for the key, with {@link MessageFormat} arguments if any; {@code !key!} when the key is unknown. A
     * {@link BigDecimal} in a plain placeholder ({@code {1}}) is written by {@link Numbers#number(BigDecimal)} in the
     * language, with exactly its decimals: 74.50 reads 74,50 in Dutch (MessageFormat would drop the zero). Placeholders
     * with a format of their own ({@code {0,choice,…}}) get the number itself. A {@link YearMonth} is written as the
     * language names it: "January 2026", "januari 2026".
     */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, language);
        return format.format(withDecimalsWritten(arguments, format.getFormatsByArgumentIndex(), language));
    }

    private static Object[] withDecimalsWritten(Object[] arguments, Format[] formats, Locale language) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            if (written[i] instanceof BigDecimal value && plain) {
                written[i] = Numbers.of(language).number(value);
            } else if (written[i] instanceof YearMonth month && plain) {
                written[i] = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", language));
            }
        }
        return written;
    }
}
