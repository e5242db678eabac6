package org.ccbench.scoring.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

    @ParameterizedTest(name = "{0} to {1} decimals displays as {2}")
    @CsvSource(textBlock = """
            3.625,    2, 3.63
            -12.345,  2, -12.35
            1.005,    2, 1.01
            3.825,    2, 3.83
            70.625,   1, 70.6
            0.05,     1, 0.1
            -0.05,    1, -0.1
            2.5,      0, 3
            -2.5,     0, -3
            1/3,      1, 0.3
            2/3,      1, 0.7
            -2/3,     1, -0.7
            0.124999, 2, 0.12
            75,       1, 75.0
            """)
    void roundsHalfAwayFromZeroOnTheExactValue(Rational value, int decimals, BigDecimal expected) {
        assertThat(Display.round(value, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decimal {0} to {1} decimals displays as {2}")
    @CsvSource(textBlock = """
            3.625,   2, 3.63
            -12.345, 2, -12.35
            1.005,   2, 1.01
            -2.5,    0, -3
            0.1249,  2, 0.12
            """)
    void roundsExactDecimalsTheSameWay(BigDecimal value, int decimals, BigDecimal expected) {
        assertThat(Display.round(value, decimals)).isEqualTo(expected);
    }

    @Test
    void appliesTheDecimalsOfSection0PerKindOfFigure() {
        assertThat(Display.likertMean(Rational.of(153, 40))).isEqualTo(new BigDecimal("3.83"));
        assertThat(Display.percent(Rational.of(75))).isEqualTo(new BigDecimal("75.0"));
        assertThat(Display.index(Rational.parse("76.25"))).isEqualTo(new BigDecimal("76.3"));
    }

    @Test
    void aMissingFigureStaysMissing() {
        assertThat(Display.percent(null)).isNull();
        assertThat(Display.round((BigDecimal) null, 1)).isNull();
    }
}
