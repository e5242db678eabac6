package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.ccbench.base.format.Numbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Survey result figures, written by the portal's {@link Numbers}, keep the decimals the results were rounded to, in the
 * reader's notation (an NPS with its sign, the minus an ASCII hyphen like every figure); downloads get plain file names.
 */
class ResultFiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 3.83   | 3.83  | 3.83% | +3.83
            nl | 3.83   | 3,83  | 3,83% | +3,83
            en | 75.0   | 75.0  | 75.0% | +75.0
            en | -20.0  | -20.0 | -20.0% | -20.0
            nl | 1250.5 | 1.250,5 | 1.250,5% | +1.250,5
            en | 0      | 0     | 0%    | 0
            """)
    void formatsInTheReadersLanguage(String language, BigDecimal value, String number, String percent, String signed) {
        Numbers numbers = Numbers.of(Locale.of(language));

        assertThat(numbers.number(value)).isEqualTo(number);
        assertThat(numbers.percent(value)).isEqualTo(percent);
        assertThat(numbers.signed(value)).isEqualTo(signed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 12345 | 12,345
            nl | 12345 | 12.345
            nl | 7     | 7
            """)
    void countsAreWholeNumbersWithGrouping(String language, long count, String expected) {
        assertThat(Numbers.of(Locale.of(language)).integer(count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            results   | Klanttevredenheid 2026 (ronde één) | results-klanttevredenheid-2026-ronde-een.xlsx
            responses | ***                                | responses.xlsx
            """)
    void downloadsAreNamedAfterTheCampaignInPlainLetters(String prefix, String title, String expected) {
        assertThat(org.ccbench.base.ui.DownloadLink.fileName(prefix, title, "xlsx")).isEqualTo(expected);
    }
}
