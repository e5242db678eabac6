package org.ccbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English for everyone but Dutch speakers, whatever the JVM's own default locale is. */
class TranslationsLanguageTest {

    @ParameterizedTest
    @CsvSource({"en-US, Sign in", "en-GB, Sign in", "de-DE, Sign in", "fr-BE, Sign in", "nl-NL, Inloggen",
            "nl-BE, Inloggen"})
    void browserLanguageChoosesEnglishOrDutch(String tag, String expected) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nl"));
            assertThat(Translations.text(Locale.forLanguageTag(tag), "login.title")).isEqualTo(expected);
        } finally {
            Locale.setDefault(before);
        }
    }

    @org.junit.jupiter.api.Test
    void argumentsAreFormattedInTheLanguage() {
        assertThat(Translations.text(Locale.of("nl"), "survey.error.range", new java.math.BigDecimal("0.5"), 10000))
                .isEqualTo("Vul een getal in van 0,5 tot 10.000");
        assertThat(Translations.text(Locale.ENGLISH, "survey.error.range", new java.math.BigDecimal("0.5"), 10000))
                .isEqualTo("Please enter a number from 0.5 to 10,000");
        assertThat(Translations.text(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @org.junit.jupiter.api.Test
    void aDecimalArgumentKeepsItsDecimalsAndAChoiceStillCounts() {
        assertThat(Translations.text(Locale.of("nl"), "kpi.warning.implausible", "SL", new java.math.BigDecimal("74.50")))
                .isEqualTo("SL komt uit op 74,50, buiten het gebruikelijke bereik");
        assertThat(Translations.text(Locale.ENGLISH, "kpi.warning.implausible", "SL", new java.math.BigDecimal("-1234.5")))
                .isEqualTo("SL comes out at -1,234.5, outside its usual range");
        assertThat(Translations.text(Locale.ENGLISH, "kpi.problems", new java.math.BigDecimal("2")))
                .isEqualTo("2 problems to fix");
    }
}
