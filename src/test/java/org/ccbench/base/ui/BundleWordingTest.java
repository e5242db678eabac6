package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.ccbench.base.Translations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wording rules for both bundles: counts are written with choice formats ("1 problem", "2 problems"), never "(s)",
 * "(en)" or "probleem/problemen"; a text with arguments writes an apostrophe as {@code ''} (MessageFormat would
 * swallow a single one: "your clients sourcing manager"); mails that wait in the outbox are "queued", not "sent".
 */
class BundleWordingTest {

    private static final Pattern MAKESHIFT_PLURAL = Pattern.compile("\\w\\((s|en|n)\\)|\\b(probleem/problemen|"
            + "persoon/personen)\\b");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_nl.properties"})
    void noMakeshiftPluralsAndNoApostropheThatMessageFormatSwallows(String bundle) throws IOException {
        Properties texts = load(bundle);
        List<String> makeshift = texts.stringPropertyNames().stream().sorted()
                .filter(key -> MAKESHIFT_PLURAL.matcher(texts.getProperty(key)).find())
                .map(key -> key + "=" + texts.getProperty(key)).toList();
        List<String> swallowed = texts.stringPropertyNames().stream().sorted()
                .filter(key -> texts.getProperty(key).matches("(?s).*\\{\\d.*")
                        && LONE_APOSTROPHE.matcher(texts.getProperty(key)).find())
                .map(key -> key + "=" + texts.getProperty(key)).toList();
        assertThat(makeshift).as("counts written as (s)/(en)").isEmpty();
        assertThat(swallowed).as("a single apostrophe in a text with arguments").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # key                | count | English                                  | Dutch
            kpi.problems         | 1     | One problem to fix                       | Eén probleem op te lossen
            kpi.problems         | 45    | 45 problems to fix                       | 45 problemen op te lossen
            invitees.added       | 1     | One invitee added                        | Eén genodigde toegevoegd
            invitees.added       | 3     | 3 invitees added                         | 3 genodigden toegevoegd
            campaigns.launched   | 5     | 5 invitations queued for sending         | 5 uitnodigingen klaargezet om te versturen
            kpi.upload.done      | 1     | One month stored                         | Eén maand opgeslagen
            scorecard.sla.waived | 2     | Malus waived in 2 months: volume above the forecast corridor | Malus vervallen in 2 maanden: volume boven de prognosebandbreedte
            """)
    void countsReadAsSentences(String key, int count, String english, String dutch) {
        assertThat(Translations.text(Locale.ENGLISH, key, count)).isEqualTo(english);
        assertThat(Translations.text(Translations.DUTCH, key, count)).isEqualTo(dutch);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            invitees.rejected | 1 | Nothing was added: one problem. Correct it and add the list again.
            invitees.rejected | 2 | Nothing was added: 2 problems. Correct them and add the list again.
            """)
    void theRestOfTheSentenceAgreesWithTheCount(String key, int count, String english) {
        assertThat(Translations.text(Locale.ENGLISH, key, count)).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void theDisputeHelpKeepsItsApostrophe(String language) {
        assertThat(Translations.text(Locale.of(language), "scorecard.dispute.help", "SL"))
                .doesNotContain("clients sourcing").doesNotContain("{0}");
        assertThat(new MessageFormat("{0}''s", Locale.ENGLISH).format(new Object[] {"x"})).isEqualTo("x's");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleWordingTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
