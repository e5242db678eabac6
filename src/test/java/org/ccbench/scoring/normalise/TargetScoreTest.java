package org.ccbench.scoring.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetScoreTest {

    private static TargetScore target(String floor, String target, Direction direction) {
        return new TargetScore(Rational.parse(floor), Rational.parse(target), direction);
    }

    @ParameterizedTest(name = "floor {0}, target {1}, x = {3}: raw {4}, score {5}, {6}")
    @CsvSource(textBlock = """
            70,  90,  HIGHER_IS_BETTER, 85,  75,   75,  AMBER
            420, 300, LOWER_IS_BETTER,  330, 75,   75,  AMBER
            70,  90,  HIGHER_IS_BETTER, 92,  110,  100, GREEN
            70,  90,  HIGHER_IS_BETTER, 90,  100,  100, GREEN
            70,  90,  HIGHER_IS_BETTER, 70,  0,    0,   RED
            70,  90,  HIGHER_IS_BETTER, 60,  -50,  0,   RED
            420, 300, LOWER_IS_BETTER,  480, -50,  0,   RED
            420, 300, LOWER_IS_BETTER,  270, 125,  100, GREEN
            60,  85,  HIGHER_IS_BETTER, 68,  32,   32,  AMBER
            """)
    void linearBetweenFloorAndTargetClampedTo0To100(String floor, String target, Direction direction, String x,
            String raw, String score, RagStatus rag) {
        TargetScore rule = target(floor, target, direction);

        assertThat(rule.raw(Rational.parse(x))).isEqualTo(Rational.parse(raw));
        assertThat(rule.score(Rational.parse(x))).isEqualTo(Rational.parse(score));
        assertThat(rule.rag(Rational.parse(x))).isEqualTo(rag);
    }

    @ParameterizedTest(name = "floor {0}, target {1} is invalid for {2}")
    @CsvSource(textBlock = """
            90,  70,  HIGHER_IS_BETTER
            300, 420, LOWER_IS_BETTER
            80,  80,  HIGHER_IS_BETTER
            80,  80,  LOWER_IS_BETTER
            70,  90,  NEUTRAL
            """)
    void aTargetOnTheWrongSideOfTheFloorIsRejected(String floor, String target, Direction direction) {
        assertThatThrownBy(() -> target(floor, target, direction)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullValueHasNoScoreAndNoStatus() {
        TargetScore rule = target("70", "90", Direction.HIGHER_IS_BETTER);

        assertThat(rule.score(null)).isNull();
        assertThat(rule.rag(null)).isNull();
    }
}
