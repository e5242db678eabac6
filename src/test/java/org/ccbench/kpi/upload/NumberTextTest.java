package org.ccbench.kpi.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.ccbench.kpi.upload.NumberText.Problem;
import org.ccbench.kpi.upload.NumberText.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    private static final Locale DUTCH = Locale.of("nl");

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} is {2}, percent {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                | language | value      | percent
            "1.234,5"             | nl       | 1234.5     | false
            "1.234,5"             | en       | 1234.5     | false
            "1,234.5"             | en       | 1234.5     | false
            "1,234.5"             | nl       | 1234.5     | false
            "1234,5"              | nl       | 1234.5     | false
            "1234,5"              | en       | 1234.5     | false
            "1234.5"              | nl       | 1234.5     | false
            "1234.5"              | en       | 1234.5     | false
            "85%"                 | nl       | 85         | true
            "85%"                 | en       | 85         | true
            "85,3 %"              | nl       | 85.3       | true
            "85,3 %"              | en       | 85.3       | true
            "85.3%"               | nl       | 85.3       | true
            "100 %"               | en       | 100        | true
            "-2,5%"               | nl       | -2.5       | true
            "€ 1.234,50"          | nl       | 1234.50    | false
            "€ 1.234,50"          | en       | 1234.50    | false
            "€1,234.50"           | en       | 1234.50    | false
            "1.234,50 €"          | nl       | 1234.50    | false
            "EUR 1.000,-"         | nl       | 1000       | false
            "€ 25,-"              | en       | 25         | false
            "eur 12"              | en       | 12         | false
            " 12 "                | nl       | 12         | false
            "\u00A012\u00A0"      | en       | 12         | false
            "\t12\t"              | en       | 12         | false
            "1\u00A0234,5"        | nl       | 1234.5     | false
            "1\u202F234\u202F567" | en       | 1234567    | false
            "1 234 567,89"        | nl       | 1234567.89 | false
            "'1234,5"             | nl       | 1234.5     | false
            "' 12"                | en       | 12         | false
            "'85%"                | nl       | 85         | true
            "1.234"               | nl       | 1234       | false
            "1.234"               | en       | 1.234      | false
            "1,234"               | nl       | 1.234      | false
            "1,234"               | en       | 1234       | false
            "999.999"             | nl       | 999999     | false
            "0,234"               | en       | 0.234      | false
            "0.234"               | nl       | 0.234      | false
            "1234,567"            | en       | 1234.567   | false
            "1234.567"            | nl       | 1234.567   | false
            "1.234.567"           | en       | 1234567    | false
            "1,234,567"           | nl       | 1234567    | false
            "1.234.567,89"        | en       | 1234567.89 | false
            "1,234,567.89"        | nl       | 1234567.89 | false
            ",5"                  | nl       | 0.5        | false
            ".5"                  | en       | 0.5        | false
            "-12,5"               | nl       | -12.5      | false
            "+12"                 | en       | 12         | false
            "\u221212"            | en       | -12        | false
            "-€ 12"               | nl       | -12        | false
            "€ -12,50"            | nl       | -12.50     | false
            "0"                   | en       | 0          | false
            "-0"                  | nl       | 0          | false
            "007"                 | en       | 7          | false
            "12345678901234567890,123456789" | nl | 12345678901234567890.123456789 | false
            """)
    void readsNumbersInEitherLanguage(String text, String language, BigDecimal value, boolean percent) {
        Result result = NumberText.parse(text, Locale.of(language));

        assertThat(result.isNumber()).as(text).isTrue();
        assertThat(result.value()).as(text).isEqualByComparingTo(value);
        assertThat(result.percent()).isEqualTo(percent);
        assertThat(result.errorKey()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "12,50"      | 12.50
            "1.234,500"  | 1234.500
            "85,30%"     | 85.30
            "100"        | 100
            """)
    void keepsTheDecimalsAsWritten(String text, String plain) {
        assertThat(NumberText.parse(text, DUTCH).value().toPlainString()).isEqualTo(plain);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\u00A0", "\t", "'", " ' ", "\u202F\u00A0"})
    void blankTextIsMissingNotAnError(String text) {
        Result result = NumberText.parse(text, DUTCH);

        assertThat(result.isMissing()).isTrue();
        assertThat(result.isInvalid()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.errorKey()).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "abc"            | NOT_A_NUMBER
            "12-3"           | NOT_A_NUMBER
            "12a"            | NOT_A_NUMBER
            "1e3"            | NOT_A_NUMBER
            "1,5E+3"         | NOT_A_NUMBER
            "--5"            | NOT_A_NUMBER
            "+-5"            | NOT_A_NUMBER
            "5-"             | NOT_A_NUMBER
            "- 12"           | NOT_A_NUMBER
            "(12)"           | NOT_A_NUMBER
            "5%%"            | NOT_A_NUMBER
            "%"              | NOT_A_NUMBER
            "%85"            | NOT_A_NUMBER
            "€ 12%"          | NOT_A_NUMBER
            "€"              | NOT_A_NUMBER
            "$ 12"           | NOT_A_NUMBER
            "12 34"          | NOT_A_NUMBER
            "1 2345"         | NOT_A_NUMBER
            "NaN"            | NOT_A_NUMBER
            "Infinity"       | NOT_A_NUMBER
            "0x1F"           | NOT_A_NUMBER
            "١٢"             | NOT_A_NUMBER
            "''12"           | NOT_A_NUMBER
            "=1+1"           | NOT_A_NUMBER
            "1,2,3"          | MISPLACED_SEPARATOR
            "1.2.3"          | MISPLACED_SEPARATOR
            "1.234.5"        | MISPLACED_SEPARATOR
            "1,234,5"        | MISPLACED_SEPARATOR
            "1234.567.890"   | MISPLACED_SEPARATOR
            "1,234.567,8"    | MISPLACED_SEPARATOR
            "1.23,4"         | MISPLACED_SEPARATOR
            "1,234.5.6"      | MISPLACED_SEPARATOR
            "12,"            | MISPLACED_SEPARATOR
            "12."            | MISPLACED_SEPARATOR
            ".,5"            | MISPLACED_SEPARATOR
            """)
    void refusesWhatIsNotANumber(String text, Problem problem) {
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            Result result = NumberText.parse(text, locale);

            assertThat(result.isInvalid()).as(text).isTrue();
            assertThat(result.problem()).as(text).isEqualTo(problem);
            assertThat(result.value()).isNull();
        }
    }

    @Test
    void problemsCarryTranslationKeys() {
        assertThat(NumberText.parse("abc", DUTCH).errorKey()).isEqualTo("kpi.upload.number.notANumber");
        assertThat(NumberText.parse("1,2,3", DUTCH).errorKey()).isEqualTo("kpi.upload.number.misplacedSeparator");
    }

    @Test
    void refusesTextLongerThanAnyoneTypesANumber() {
        String digits = "1".repeat(NumberText.MAX_LENGTH);

        assertThat(NumberText.parse(digits, Locale.ENGLISH).isNumber()).isTrue();
        assertThat(NumberText.parse(digits + "1", Locale.ENGLISH).problem()).isEqualTo(Problem.NOT_A_NUMBER);
    }

    @Test
    void otherLanguagesFollowTheirOwnDecimalSeparator() {
        assertThat(NumberText.parse("1.234", Locale.GERMANY).value()).isEqualByComparingTo("1234");
        assertThat(NumberText.parse("1.234", Locale.US).value()).isEqualByComparingTo("1.234");
        assertThat(NumberText.parse("1,234", Locale.FRANCE).value()).isEqualByComparingTo("1.234");
    }
}
