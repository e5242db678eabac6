package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberSummaryTest {

    @ParameterizedTest(name = "{0} → mean {1}, P25 {2}, median {3}, P75 {4}")
    @CsvSource(textBlock = """
            85 58 77 62 70 66 81 70 74,         643/9, 66,    70,   77
            300 240 360 270 330 255 345 270 310, 2680/9, 270, 300,  330
            42.5,                               42.5,  42.5,  42.5, 42.5
            20 10,                              15,    12.5,  15,   17.5
            4.4 1.1 3.3 2.2,                    2.75,  1.925, 2.75, 3.575
            1 2 3 4,                            2.5,   1.75,  2.5,  3.25
            -5 5,                               0,     -2.5,  0,    2.5
            7 7 7,                              7,     7,     7,    7
            """)
    void meanAndType7QuartilesOfUnsortedValues(String values, Rational mean, Rational p25, Rational median,
            Rational p75) {
        NumberSummary summary = NumberSummary.of(decimals(values));

        assertThat(summary.n()).isEqualTo(values.trim().split("\\s+").length);
        assertThat(summary.mean()).isEqualTo(mean);
        assertThat(summary.p25()).isEqualTo(p25);
        assertThat(summary.median()).isEqualTo(median);
        assertThat(summary.p75()).isEqualTo(p75);
    }

    @Test
    void noAnswersGiveNullFigures() {
        NumberSummary summary = NumberSummary.of(List.of());

        assertThat(summary.n()).isZero();
        assertThat(summary.mean()).isNull();
        assertThat(summary.p25()).isNull();
        assertThat(summary.median()).isNull();
        assertThat(summary.p75()).isNull();
    }

    @Test
    void neverExposesMinimumOrMaximum() {
        assertThat(NumberSummary.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("n", "mean", "p25", "median", "p75");
    }

    @Test
    void talliesStoredAnswersSkippingUnanswered() {
        List<Answer> answers = new ArrayList<>(List.of(Answer.decimal("20"), Answer.decimal("10.0")));
        answers.add(null);

        assertThat(NumberSummary.fromAnswers(answers)).isEqualTo(NumberSummary.of(decimals("10 20")));
        assertThatThrownBy(() -> NumberSummary.fromAnswers(List.of(Answer.rating(3))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "P{0} of 10 20 30 40 50 = {1}")
    @CsvSource(textBlock = """
            0,    10
            1/10, 14
            1/3,  70/3
            1,    50
            """)
    void type7PercentileCoversTheWholeRange(Rational p, Rational expected) {
        assertThat(Type7Percentile.of(decimals("10 20 30 40 50"), p)).isEqualTo(expected);
    }

    @Test
    void type7PercentileRefusesPOutside0To1() {
        assertThatThrownBy(() -> Type7Percentile.of(decimals("1 2"), Rational.of(101, 100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Type7Percentile.of(decimals("1 2"), Rational.of(-1, 100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<BigDecimal> decimals(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(BigDecimal::new).toList();
    }
}
