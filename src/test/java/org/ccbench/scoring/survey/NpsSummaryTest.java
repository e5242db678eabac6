package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsSummaryTest {

    @Test
    void workedExampleOfSection5_2() {
        int[] counts = new int[11];
        counts[3] = 1;
        counts[5] = 2;
        counts[6] = 2;
        counts[7] = 3;
        counts[8] = 4;
        counts[9] = 5;
        counts[10] = 3;

        NpsSummary summary = NpsSummary.of(counts);

        assertThat(summary.n()).isEqualTo(20);
        assertThat(summary.promoters()).isEqualTo(8);
        assertThat(summary.passives()).isEqualTo(7);
        assertThat(summary.detractors()).isEqualTo(5);
        assertThat(summary.nps()).isEqualTo(Rational.of(15));
        assertThat(summary.promoterPercent()).isEqualTo(Rational.of(40));
        assertThat(summary.passivePercent()).isEqualTo(Rational.of(35));
        assertThat(summary.detractorPercent()).isEqualTo(Rational.of(25));
    }

    @ParameterizedTest(name = "a single score {0} is a {1}")
    @CsvSource(textBlock = """
            0,  detractor, -100
            6,  detractor, -100
            7,  passive,   0
            8,  passive,   0
            9,  promoter,  100
            10, promoter,  100
            """)
    void scoreBandsAreDetractor0To6Passive7To8Promoter9To10(int score, String category, int nps) {
        int[] counts = new int[11];
        counts[score] = 1;

        NpsSummary summary = NpsSummary.of(counts);

        int[] byCategory = {summary.detractors(), summary.passives(), summary.promoters()};
        int expectedIndex = List.of("detractor", "passive", "promoter").indexOf(category);
        for (int i = 0; i < 3; i++) {
            assertThat(byCategory[i]).isEqualTo(i == expectedIndex ? 1 : 0);
        }
        assertThat(summary.nps()).isEqualTo(Rational.of(nps));
    }

    @Test
    void npsNeedNotBeAWholeNumber() {
        int[] counts = new int[11];
        counts[10] = 2;
        counts[0] = 1;

        NpsSummary summary = NpsSummary.of(counts);

        assertThat(summary.nps()).isEqualTo(Rational.of(100, 3));
        assertThat(Display.index(summary.nps())).isEqualTo(new BigDecimal("33.3"));
    }

    @Test
    void nobodyAnsweredGivesANullScore() {
        NpsSummary summary = NpsSummary.of(new int[11], 2);

        assertThat(summary.n()).isZero();
        assertThat(summary.nNa()).isEqualTo(2);
        assertThat(summary.nps()).isNull();
        assertThat(summary.promoterPercent()).isNull();
        assertThat(summary.passivePercent()).isNull();
        assertThat(summary.detractorPercent()).isNull();
    }

    @Test
    void talliesStoredAnswers() {
        List<Answer> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(3, Answer.rating(10)));
        answers.addAll(Collections.nCopies(2, Answer.rating(4)));
        answers.add(Answer.DONT_KNOW);
        answers.add(null);
        int[] counts = new int[11];
        counts[10] = 3;
        counts[4] = 2;

        assertThat(NpsSummary.fromAnswers(answers)).isEqualTo(NpsSummary.of(counts, 1));
        assertThat(NpsSummary.fromAnswers(answers).nps()).isEqualTo(Rational.of(20));
    }

    @Test
    void refusesInvalidInput() {
        assertThatThrownBy(() -> NpsSummary.of(new int[10])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsSummary.fromAnswers(List.of(Answer.rating(11))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsSummary.fromAnswers(List.of(Answer.rating(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
