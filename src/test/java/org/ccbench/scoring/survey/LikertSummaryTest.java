package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikertSummaryTest {

    @Test
    void workedExampleOfSection5_1() {
        LikertSummary summary = LikertSummary.of(new int[] {2, 3, 5, 20, 10}, 4);

        assertThat(summary.n()).isEqualTo(40);
        assertThat(summary.nNa()).isEqualTo(4);
        assertThat(summary.mean()).isEqualTo(Rational.parse("3.825"));
        assertThat(summary.top2()).isEqualTo(Rational.parse("75"));
        assertThat(summary.bottom2()).isEqualTo(Rational.parse("12.5"));
        assertThat(summary.scaled()).isEqualTo(Rational.parse("70.625"));
        assertThat(Display.likertMean(summary.mean())).isEqualTo(new BigDecimal("3.83"));
        assertThat(Display.percent(summary.top2())).isEqualTo(new BigDecimal("75.0"));
        assertThat(summary.countsFor1to5()).containsExactly(2, 3, 5, 20, 10);
    }

    @ParameterizedTest(name = "counts {0} → mean {1}, top2 {2}, bottom2 {3}, scaled {4}")
    @CsvSource(textBlock = """
            0 0 0 0 7, 5,    100,   0,     100
            7 0 0 0 0, 1,    0,     100,   0
            0 0 3 0 0, 3,    0,     0,     50
            1 1 1 0 0, 2,    0,     200/3, 25
            1 0 0 0 2, 11/3, 200/3, 100/3, 200/3
            0 1 0 1 0, 3,    50,    50,    50
            """)
    void figuresFollowTheFormulasOfSection5_1(String counts, Rational mean, Rational top2, Rational bottom2,
            Rational scaled) {
        LikertSummary summary = LikertSummary.of(counts(counts), 0);

        assertThat(summary.mean()).isEqualTo(mean);
        assertThat(summary.top2()).isEqualTo(top2);
        assertThat(summary.bottom2()).isEqualTo(bottom2);
        assertThat(summary.scaled()).isEqualTo(scaled);
    }

    @ParameterizedTest(name = "{0} n.a. answers and no valid answer: n = 0, every figure null")
    @CsvSource({"0", "3"})
    void nobodyWithAValidAnswerGivesNullFigures(int na) {
        LikertSummary summary = LikertSummary.of(new int[5], na);

        assertThat(summary.n()).isZero();
        assertThat(summary.nNa()).isEqualTo(na);
        assertThat(summary.mean()).isNull();
        assertThat(summary.top2()).isNull();
        assertThat(summary.bottom2()).isNull();
        assertThat(summary.scaled()).isNull();
    }

    @Test
    void talliesStoredAnswersSkippingUnansweredAndCountingDontKnowApart() {
        List<Answer> answers = new ArrayList<>();
        int[] counts = {2, 3, 5, 20, 10};
        for (int point = 1; point <= 5; point++) {
            answers.addAll(Collections.nCopies(counts[point - 1], Answer.rating(point)));
        }
        answers.addAll(Collections.nCopies(4, Answer.DONT_KNOW));
        answers.add(null);
        Collections.shuffle(answers, new Random(7));

        assertThat(LikertSummary.fromAnswers(answers)).isEqualTo(LikertSummary.of(counts, 4));
    }

    @Test
    void theScaledMeanEqualsTheMeanOfTheIndexItemScores() {
        Random random = new Random(42);
        IndexItem item = IndexItem.likert5("q", "1");
        for (int round = 0; round < 20; round++) {
            List<Answer> answers = new ArrayList<>();
            Rational itemScoreSum = Rational.ZERO;
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                Answer answer = Answer.rating(1 + random.nextInt(5));
                answers.add(answer);
                itemScoreSum = itemScoreSum.plus(Rational.of(item.itemScore(answer)));
            }
            assertThat(LikertSummary.fromAnswers(answers).scaled())
                    .isEqualTo(itemScoreSum.dividedBy(answers.size()));
        }
    }

    @Test
    void refusesInvalidInput() {
        assertThatThrownBy(() -> LikertSummary.of(new int[4], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertSummary.of(new int[] {1, -1, 0, 0, 0}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertSummary.of(new int[5], -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertSummary.fromAnswers(List.of(Answer.rating(6))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertSummary.fromAnswers(List.of(Answer.rating(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikertSummary.fromAnswers(List.of(Answer.option("yes"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int[] counts(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
