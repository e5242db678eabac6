package org.ccbench.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures as English and Dutch readers write them: grouping, decimals, negatives, percentages and euros. */
class NumbersTest {

    private static final Numbers EN = Numbers.of(Locale.ENGLISH);
    private static final Numbers NL = Numbers.of(Locale.of("nl"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # value     | English      | Dutch
            74.5        | 74.5         | 74,5
            74.50       | 74.50        | 74,50
            0           | 0            | 0
            1234        | 1,234        | 1.234
            -12345.60   | -12,345.60   | -12.345,60
            1234567.891 | 1,234,567.891 | 1.234.567,891
            """)
    void aNumberKeepsTheDecimalsItWasRoundedToAndIsGrouped(BigDecimal value, String english, String dutch) {
        assertThat(EN.number(value)).isEqualTo(english);
        assertThat(NL.number(value)).isEqualTo(dutch);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # value  | decimals | English | Dutch
            74.55    | 1        | 74.6    | 74,6
            -74.55   | 1        | -74.6   | -74,6
            3        | 1        | 3.0     | 3,0
            3.625    | 2        | 3.63    | 3,63
            -0.04    | 1        | 0.0     | 0,0
            96000    | 0        | 96,000  | 96.000
            """)
    void aNumberIsRoundedHalfAwayFromZeroToTheKpisDecimals(BigDecimal value, int decimals, String english,
            String dutch) {
        assertThat(EN.number(value, decimals)).isEqualTo(english);
        assertThat(NL.number(value, decimals)).isEqualTo(dutch);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # euros     | English      | Dutch
            -3435.21    | -€3,435.21   | € -3.435,21
            -22734.1    | -€22,734.10  | € -22.734,10
            120000      | €120,000.00  | € 120.000,00
            360.005     | €360.01      | € 360,01
            -0.001      | €0.00        | € 0,00
            """)
    void moneyIsInEurosToTheCentWithGroupingAndTheSignWhereEachLanguagePutsIt(BigDecimal euros, String english,
            String dutch) {
        assertThat(EN.money(euros)).isEqualTo(english);
        assertThat(NL.money(euros)).isEqualTo(dutch.replace(' ', '\u00a0'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # percent | English | Dutch
            0.2037    | 0.2%    | 0,2%
            0.125     | 0.13%   | 0,13%
            2.1       | 2.1%    | 2,1%
            0         | 0.0%    | 0,0%
            -2.1      | -2.1%   | -2,1%
            """)
    void aMalusPercentageHasOneOrTwoDecimals(BigDecimal percent, String english, String dutch) {
        assertThat(EN.malusPercent(percent)).isEqualTo(english);
        assertThat(NL.malusPercent(percent)).isEqualTo(dutch);
    }

    @Test
    void percentagesAndExactFiguresFollowTheLanguage() {
        assertThat(EN.percent(new BigDecimal("75.0"))).isEqualTo("75.0%");
        assertThat(NL.percent(new BigDecimal("75.0"))).isEqualTo("75,0%");
        assertThat(NL.percent(new BigDecimal("12.345"), 1)).isEqualTo("12,3%");
        assertThat(NL.exact(new BigDecimal("1.2500"))).isEqualTo("1,25");
        assertThat(EN.exact(new BigDecimal("30.000"))).isEqualTo("30");
        assertThat(NL.exact(new BigDecimal("1500.125"))).isEqualTo("1.500,125");
        assertThat(NL.integer(12345L)).isEqualTo("12.345");
        assertThat(EN.integer(Integer.valueOf(12345))).isEqualTo("12,345");
        assertThat(NL.signed(new BigDecimal("15.0"))).isEqualTo("+15,0");
        assertThat(NL.signed(new BigDecimal("-20.0"))).isEqualTo("-20,0");
    }

    @Test
    void nothingToShowIsADashInEveryMethod() {
        assertThat(NL.number(null)).isEqualTo("–");
        assertThat(NL.number(null, 1)).isEqualTo("–");
        assertThat(NL.percent(null)).isEqualTo("–");
        assertThat(NL.money(null)).isEqualTo("–");
        assertThat(NL.malusPercent(null)).isEqualTo("–");
        assertThat(NL.exact(null)).isEqualTo("–");
        assertThat(NL.integer((Number) null)).isEqualTo("–");
    }

    @Test
    void anyOtherLanguageGetsTheEnglishNotationAndBelgianDutchTheDutchOne() {
        assertThat(Numbers.of(Locale.GERMAN).number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(Numbers.of(Locale.of("nl", "BE")).number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(Numbers.of(Locale.of("nl")).decimalSeparator()).isEqualTo(',');
        assertThat(Numbers.of(Locale.ENGLISH).decimalSeparator()).isEqualTo('.');
    }
}
