package org.ccbench.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what does not belong on a Dutch page: a translation key (raw, or Vaadin's {@code !key!}), a word that occurs
 * only in the English bundle, Vaadin's English defaults, and a figure written with an English decimal point.
 * <p>The English-only words are built from the bundles: every word of an English value that no Dutch value contains,
 * minus {@link #SHARED} — words both languages write alike (KPI, SLA) or names. Only words of four letters or more
 * count, so "is" or "of" in a company name does not trip it.
 */
final class DutchText {

    /**
     * Words an English value uses that a Dutch page may show too: Dutch words spelt alike ("past", "lost", "agent"),
     * the international names "Customer Effort Score" and "Shrinkage" (Dutch contact centres use both), and words in
     * the demo data's names (organisations, campaigns, profiles and terms typed by their users, not the portal's texts).
     */
    static final Set<String> SHARED = Set.of("past", "lost", "agent", "customer", "insurance", "travel", "group",
            "outsourcing", "contracts", "client", "satisfaction", "terms", "agreed", "start", "in-house", "calls", "were",
            "routed", "mistake", "effort", "score", "shrinkage");

    /** An e-mail address or a code such as {@code f_staff}: not words of the portal's language. */
    private static final Pattern ADDRESS_OR_CODE = Pattern.compile("\\S+@\\S+|\\w*_\\w*");

    /** Vaadin's built-in English, shown when a component's i18n was never set. */
    static final List<String> VAADIN_ENGLISH = List.of("Upload File...", "Drop file here", "Drop files here",
            "File is too big", "Incorrect File Type");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern BANG_KEY = Pattern.compile("![A-Za-z][\\w.-]*!");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+\\b");
    /** 74.5, 3435.21 or 0.2037: a decimal point, where Dutch writes a comma (a dot before exactly 3 digits groups). */
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,])\\d+\\.(\\d{1,2}|\\d{4,})(?![\\d.,])");

    private final Set<String> keys;
    private final Set<String> englishOnly;

    DutchText() {
        Properties english = load("translations.properties");
        Properties dutch = load("translations_nl.properties");
        keys = english.stringPropertyNames();
        Set<String> dutchWords = new HashSet<>();
        dutch.stringPropertyNames().forEach(key -> dutchWords.addAll(words(dutch.getProperty(key))));
        englishOnly = new HashSet<>();
        english.stringPropertyNames().forEach(key -> {
            if (!english.getProperty(key).equals(dutch.getProperty(key))) {
                englishOnly.addAll(words(english.getProperty(key)));
            }
        });
        englishOnly.removeAll(dutchWords);
        SHARED.forEach(word -> englishOnly.remove(word.toLowerCase(Locale.ROOT)));
    }

    /** Each problem in one text seen on a page, e.g. {@code English word "Amber" in "AMBER"}. */
    List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        find(BANG_KEY, text, "translation key", problems);
        Matcher key = KEY_LIKE.matcher(text);
        while (key.find()) {
            if (keys.contains(key.group())) {
                problems.add("translation key \"" + key.group() + "\"");
            }
        }
        for (String word : words(ADDRESS_OR_CODE.matcher(text).replaceAll(" "))) {
            if (englishOnly.contains(word)) {
                problems.add("English word \"" + word + "\"");
            }
        }
        VAADIN_ENGLISH.stream().filter(text::equals).forEach(vaadin -> problems.add("Vaadin's English \"" + vaadin
                + "\""));
        find(DECIMAL_POINT, text, "decimal point", problems);
        return problems;
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            problems.add(what + " \"" + matcher.group() + "\"");
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(PLACEHOLDER.matcher(text).replaceAll(" "));
        while (matcher.find()) {
            if (matcher.group().length() >= 4) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = DutchText.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
