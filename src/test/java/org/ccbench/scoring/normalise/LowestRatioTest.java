package org.ccbench.scoring.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LowestRatioTest {

    private static List<Rational> parse(String values) {
        return Arrays.stream(values.trim().split("\\s+")).map(v -> v.equals("-") ? null : Rational.parse(v)).toList();
    }

    @ParameterizedTest(name = "CPC {0} → {1}")
    @CsvSource(textBlock = """
            10 8 12.5,   80 100 64
            10 - 8,      80 - 100
            0 4,         100 0
            5,           100
            """)
    void lowestDividedByEachValue(String values, String scores) {
        assertThat(LowestRatio.scores(parse(values))).isEqualTo(parse(scores));
    }

    @Test
    void aNegativeCostIsRejected() {
        assertThatThrownBy(() -> LowestRatio.scores(parse("-1 3"))).isInstanceOf(IllegalArgumentException.class);
    }
}
