package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceDistributionTest {

    private static final List<ChoiceOption> WITH_NONE = List.of(
            ChoiceOption.of("sl"), ChoiceOption.of("fcr"), ChoiceOption.exclusive("none"));

    @ParameterizedTest(name = "{0}: counts {1} → {2} %")
    @CsvSource(textBlock = """
            chain responsibility (§5.4), yes no not_set_up,                 90 94 16,    45 47 8
            reason to outsource (§5.4),  time quality risk skills cost,      21 4 7 7 61, 21 4 7 7 61
            three equal options (§5.3),  a b c,                              1 1 1,       34 33 33
            """)
    void singleChoiceColumnsUseLargestRemainderAndSumTo100(String question, String codes, String counts,
            String displayed) {
        long[] countArray = LargestRemainderTest.longs(counts);

        ChoiceDistribution distribution = ChoiceDistribution.singleChoice(List.of(codes.split(" ")), countArray);

        long n = Arrays.stream(countArray).sum();
        assertThat(distribution.multiChoice()).isFalse();
        assertThat(distribution.respondents()).isEqualTo(n);
        assertThat(distribution.options()).extracting(OptionShare::code).containsExactly(codes.split(" "));
        assertThat(distribution.options()).extracting(OptionShare::displayedPercent)
                .containsExactlyElementsOf(Arrays.stream(displayed.split(" ")).map(BigDecimal::new).toList());
        for (int i = 0; i < countArray.length; i++) {
            assertThat(distribution.options().get(i).percent()).isEqualTo(Rational.of(100 * countArray[i], n));
        }
    }

    @Test
    void singleChoiceTalliesOptionCodesAndSkipsUnanswered() {
        List<ChoiceOption> options = List.of(ChoiceOption.of("yes"), ChoiceOption.of("doubt"), ChoiceOption.of("no"));
        List<Answer> answers = new ArrayList<>(List.of(Answer.option("no"), Answer.option("yes"),
                Answer.option("doubt")));
        answers.add(null);

        ChoiceDistribution distribution = ChoiceDistribution.singleChoice(options, answers);

        assertThat(distribution.respondents()).isEqualTo(3);
        assertThat(distribution.options()).extracting(OptionShare::count).containsExactly(1L, 1L, 1L);
        assertThat(distribution.options()).extracting(OptionShare::percent).containsOnly(Rational.of(100, 3));
        assertThat(distribution.options()).extracting(OptionShare::displayedPercent)
                .containsExactly(BigDecimal.valueOf(34), BigDecimal.valueOf(33), BigDecimal.valueOf(33));
    }

    @Test
    void nobodyAnsweredGivesNoPercentages() {
        ChoiceDistribution distribution = ChoiceDistribution.singleChoice(List.of("a", "b"), new long[2]);

        assertThat(distribution.respondents()).isZero();
        assertThat(distribution.options()).extracting(OptionShare::percent).containsOnlyNulls();
        assertThat(distribution.options()).extracting(OptionShare::displayedPercent).containsOnlyNulls();
    }

    @Test
    void multiChoicePercentagesAreOfRespondentsAndNotNormalised() {
        List<Answer> answers = new ArrayList<>(List.of(Answer.options("sl", "fcr"), Answer.options("sl"),
                Answer.options("none"), Answer.options("fcr"), Answer.options()));
        answers.add(null);

        ChoiceDistribution distribution = ChoiceDistribution.multiChoice(WITH_NONE, answers);

        assertThat(distribution.multiChoice()).isTrue();
        assertThat(distribution.respondents()).isEqualTo(4);
        assertThat(distribution.options()).extracting(OptionShare::count).containsExactly(2L, 2L, 1L);
        assertThat(distribution.options()).extracting(OptionShare::percent)
                .containsExactly(Rational.of(50), Rational.of(50), Rational.of(25));
        Rational total = distribution.options().stream().map(OptionShare::percent).reduce(Rational.ZERO, Rational::plus);
        assertThat(total).isEqualTo(Rational.of(125));
    }

    @ParameterizedTest(name = "{0} of {1} respondents → {2} %")
    @CsvSource(textBlock = """
            1, 3, 33.3
            2, 3, 66.7
            3, 3, 100.0
            0, 3, 0.0
            1, 8, 12.5
            1, 16, 6.3
            """)
    void multiChoiceDisplaysEachPercentageRoundedHalfAwayFromZero(long selections, long respondents,
            BigDecimal displayed) {
        ChoiceDistribution distribution = ChoiceDistribution.multiChoice(List.of("a"), new long[] {selections},
                respondents);

        assertThat(distribution.options().getFirst().percent()).isEqualTo(Rational.of(100 * selections, respondents));
        assertThat(distribution.options().getFirst().displayedPercent()).isEqualTo(displayed);
    }

    @Test
    void anExclusiveOptionCannotBeCombinedWithOthers() {
        assertThatThrownBy(() -> ChoiceDistribution.multiChoice(WITH_NONE, List.of(Answer.options("sl", "none"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclusive");
        assertThat(ChoiceDistribution.multiChoice(WITH_NONE, Collections.nCopies(5, Answer.options("none")))
                .options().get(2).percent()).isEqualTo(Rational.of(100));
    }

    @Test
    void refusesInconsistentInput() {
        assertThatThrownBy(() -> Answer.options("sl", "sl")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChoiceDistribution.multiChoice(WITH_NONE, List.of(Answer.options("aht"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aht");
        assertThatThrownBy(() -> ChoiceDistribution.multiChoice(List.of("a"), new long[] {4}, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChoiceDistribution.singleChoice(List.of("a", "b"), new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChoiceDistribution.singleChoice(WITH_NONE, List.of(Answer.options("sl"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChoiceDistribution.singleChoice(
                List.of(ChoiceOption.of("a"), ChoiceOption.of("a")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
