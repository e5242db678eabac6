package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures keep the decimals they were rounded to, in the reader's notation; downloads get plain file names. */
class ResultNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 3.83   | 3.83  | 3.83% | +3.83
            nl | 3.83   | 3,83  | 3,83% | +3,83
            en | 75.0   | 75.0  | 75.0% | +75.0
            en | -20.0  | -20.0 | -20.0% | −20.0
            nl | 1250.5 | 1.250,5 | 1.250,5% | +1.250,5
            en | 0      | 0     | 0%    | 0
            """)
    void formatsInTheReadersLanguage(String language, BigDecimal value, String number, String percent, String signed) {
        ResultNumbers numbers = new ResultNumbers(Locale.of(language));

        assertThat(numbers.number(value)).isEqualTo(number);
        assertThat(numbers.percent(value)).isEqualTo(percent);
        assertThat(numbers.signed(value)).isEqualTo(signed);
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
