package org.ccbench.scoring.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentRankTest {

    private static final String FCR = "58 62 66 70 70 74 77 81 85";
    private static final String AHT = "240 255 270 270 300 310 330 345 360";

    static List<Rational> values(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Rational::parse).toList();
    }

    @ParameterizedTest(name = "§1.1 {0}: x = {1} scores {2}")
    @CsvSource(textBlock = """
            FCR, 70,  43.75
            FCR, 85,  100
            FCR, 77,  75
            FCR, 58,  0
            AHT, 270, 68.75
            AHT, 240, 100
            AHT, 360, 0
            """)
    void workedExamplesOfSection1_1(String kpi, String x, String expected) {
        boolean fcr = kpi.equals("FCR");
        Direction direction = fcr ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;

        Rational score = PercentRank.inReference(Rational.parse(x), values(fcr ? FCR : AHT), direction);

        assertThat(score).isEqualTo(Rational.parse(expected));
    }

    @ParameterizedTest(name = "§2.1 unit value {0} against o2–o5 scores {1}")
    @CsvSource(textBlock = """
            75, 37.5
            60, 0
            """)
    void theSubjectsOwnValueJoinsTheOtherOrganisations(String unitValue, String expected) {
        Rational score = PercentRank.ofSubject(Rational.parse(unitValue), values("70 75 80 90"),
                Direction.HIGHER_IS_BETTER);

        assertThat(score).isEqualTo(Rational.parse(expected));
    }

    @Test
    void allEqualValuesScore50AndANullValueHasNoScore() {
        assertThat(PercentRank.ofSubject(Rational.of(7), values("7 7 7 7"), Direction.LOWER_IS_BETTER))
                .isEqualTo(Rational.of(50));
        assertThat(PercentRank.ofSubject(null, values("7 7"), Direction.LOWER_IS_BETTER)).isNull();
    }

    @Test
    void neutralKpisTooFewValuesAndAForeignSubjectAreRejected() {
        assertThatThrownBy(() -> PercentRank.ofSubject(Rational.ONE, values("1 2"), Direction.NEUTRAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentRank.ofSubject(Rational.ONE, List.of(), Direction.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentRank.inReference(Rational.ONE, values("2 3"), Direction.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
