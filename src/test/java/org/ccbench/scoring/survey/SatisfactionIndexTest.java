package org.ccbench.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SatisfactionIndexTest {

    private static final BigDecimal TEMPLATE_COVERAGE = new BigDecimal("0.75");

    /** The items of the §5.5 example: q1 2, q2 1, q3 2, q4 1, q5 2 (likert5), recommend 2 (nps0_10). */
    private static final SatisfactionIndex EXAMPLE = SatisfactionIndex.of(List.of(
            IndexItem.likert5("q1", "2"), IndexItem.likert5("q2", "1"), IndexItem.likert5("q3", "2"),
            IndexItem.likert5("q4", "1"), IndexItem.likert5("q5", "2"), IndexItem.nps0To10("recommend", "2")),
            TEMPLATE_COVERAGE);

    @Test
    void workedRespondentExampleOfSection5_5() {
        RespondentIndex respondent = EXAMPLE.respondent(Map.of(
                "q1", Answer.rating(4), "q2", Answer.rating(5), "q3", Answer.DONT_KNOW,
                "q4", Answer.rating(3), "q5", Answer.rating(4), "recommend", Answer.rating(8)));

        assertThat(respondent.totalWeight()).isEqualByComparingTo("10");
        assertThat(respondent.answeredWeight()).isEqualByComparingTo("8");
        assertThat(respondent.coverage()).isEqualTo(Rational.parse("0.8"));
        assertThat(respondent.value()).isEqualTo(Rational.parse("76.25"));
        assertThat(respondent.hasValue()).isTrue();
    }

    @ParameterizedTest(name = "answers {0} → coverage {1}, CSI {2}")
    @CsvSource(nullValues = "null", textBlock = """
            4 5 - 3 4 8,   4/5,  76.25
            4 5 na 3 4 8,  4/5,  76.25
            4 5 na na 4 8, 7/10, null
            4 5 5 3 4 8,   1,    81
            1 1 1 1 1 0,   1,    0
            5 5 5 5 5 10,  1,    100
            - - - - - -,   0,    null
            na na na na na na, 0, null
            na - 5 5 - 10, 1/2,  null
            5 5 5 5 5 -,   4/5,  100
            """)
    void respondentIndexIsTheWeightedMeanOverAnsweredItemsIfCoverageIsMet(String answers, Rational coverage,
            Rational csi) {
        RespondentIndex respondent = EXAMPLE.respondent(exampleAnswers(answers));

        assertThat(respondent.coverage()).isEqualTo(coverage);
        assertThat(respondent.value()).isEqualTo(csi);
    }

    @ParameterizedTest(name = "{0} of 4 equal weights answered with min coverage {1} → index present: {2}")
    @CsvSource(textBlock = """
            3, 0.75, true
            2, 0.75, false
            3, 0.76, false
            4, 1,    true
            3, 1,    false
            1, 0.25, true
            """)
    void coverageIsInclusiveAtTheMinimum(int answered, BigDecimal minCoverage, boolean present) {
        List<IndexItem> items = new ArrayList<>();
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            items.add(IndexItem.likert5("q" + i, "1"));
            if (i < answered) {
                answers.put("q" + i, Answer.rating(3));
            }
        }

        RespondentIndex respondent = SatisfactionIndex.of(items, minCoverage).respondent(answers);

        assertThat(respondent.hasValue()).isEqualTo(present);
        assertThat(respondent.coverage()).isEqualTo(Rational.of(answered, 4));
    }

    @Test
    void workedSubjectExampleOfSection5_5() {
        List<Rational> raters = Arrays.stream("76.25 62 82.5 70 58".split(" ")).map(Rational::parse).toList();

        SubjectIndex vendor = SubjectIndex.of(raters);

        assertThat(vendor.n()).isEqualTo(5);
        assertThat(vendor.value()).isEqualTo(Rational.parse("69.75"));
        assertThat(SurveySuppression.defaults().vendorRule().shows(vendor.n())).isTrue();
    }

    @Test
    void aSubjectIgnoresRespondentsBelowCoverage() {
        RespondentIndex covered = EXAMPLE.respondent(exampleAnswers("4 5 na 3 4 8"));
        RespondentIndex uncovered = EXAMPLE.respondent(exampleAnswers("1 1 - - - 0"));
        RespondentIndex perfect = EXAMPLE.respondent(exampleAnswers("5 5 5 5 5 10"));

        SubjectIndex subject = SubjectIndex.ofRespondents(List.of(covered, uncovered, perfect));

        assertThat(uncovered.value()).isNull();
        assertThat(subject.n()).isEqualTo(2);
        assertThat(subject.value()).isEqualTo(Rational.parse("88.125"));
        assertThat(SubjectIndex.of(List.of())).isEqualTo(new SubjectIndex(0, null));
    }

    @ParameterizedTest(name = "{0} answer {1} → item score {2}")
    @CsvSource(nullValues = "null", textBlock = """
            LIKERT5,       1,     0
            LIKERT5,       2,     25
            LIKERT5,       3,     50
            LIKERT5,       4,     75
            LIKERT5,       5,     100
            LIKERT5,       na,    null
            NPS0_10,       0,     0
            NPS0_10,       8,     80
            NPS0_10,       10,    100
            NPS0_10,       na,    null
            SINGLE_CHOICE, yes,   100
            SINGLE_CHOICE, doubt, 50
            SINGLE_CHOICE, no,    0
            SINGLE_CHOICE, half,  33.5
            """)
    void itemScoresFollowSection5_5(IndexItem.Type type, String answer, BigDecimal expected) {
        IndexItem item = new IndexItem("q", type, BigDecimal.ONE, type == IndexItem.Type.SINGLE_CHOICE
                ? Map.of("yes", new BigDecimal("100"), "doubt", new BigDecimal("50"), "no", BigDecimal.ZERO,
                        "half", new BigDecimal("33.5"))
                : Map.of());

        BigDecimal score = item.itemScore(answer(type, answer));

        if (expected == null) {
            assertThat(score).isNull();
        } else {
            assertThat(score).isEqualByComparingTo(expected);
        }
        assertThat(item.itemScore(null)).isNull();
    }

    @Test
    void aScoredSingleChoiceItemCountsInTheIndex() {
        SatisfactionIndex index = SatisfactionIndex.of(List.of(IndexItem.likert5("overall", "3"),
                IndexItem.singleChoice("choose_again", "1", Map.of("yes", BigDecimal.valueOf(100),
                        "doubt", BigDecimal.valueOf(50), "no", BigDecimal.ZERO))), TEMPLATE_COVERAGE);

        RespondentIndex respondent = index.respondent(Map.of("overall", Answer.rating(4),
                "choose_again", Answer.option("doubt"), "unrelated", Answer.decimal("12")));

        assertThat(respondent.value()).isEqualTo(Rational.parse("68.75")); // (3 × 75 + 50) / 4
    }

    @Test
    void noWeightAtAllGivesNoIndex() {
        RespondentIndex respondent = SatisfactionIndex.of(List.of(IndexItem.likert5("q", "0")), BigDecimal.ONE)
                .respondent(Map.of("q", Answer.rating(5)));

        assertThat(respondent.coverage()).isNull();
        assertThat(respondent.value()).isNull();
    }

    @Test
    void refusesInvalidDefinitionsAndAnswers() {
        assertThatThrownBy(() -> SatisfactionIndex.of(List.of(), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SatisfactionIndex.of(List.of(), new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SatisfactionIndex.of(
                List.of(IndexItem.likert5("q", "1"), IndexItem.nps0To10("q", "1")), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexItem.likert5("q", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexItem.singleChoice("q", "1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexItem.singleChoice("q", "1", Map.of("a", new BigDecimal("101"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EXAMPLE.respondent(Map.of("q1", Answer.rating(6))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EXAMPLE.respondent(Map.of("recommend", Answer.rating(11))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EXAMPLE.respondent(Map.of("q1", Answer.option("yes"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndexItem.singleChoice("q", "1", Map.of("yes", BigDecimal.TEN))
                .itemScore(Answer.option("maybe"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Answers to q1 … q5, recommend: a number, "na" for don't know, "-" for unanswered. */
    private static Map<String, Answer> exampleAnswers(String answers) {
        String[] ids = {"q1", "q2", "q3", "q4", "q5", "recommend"};
        String[] values = answers.split(" ");
        Map<String, Answer> byId = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (!values[i].equals("-")) {
                byId.put(ids[i], values[i].equals("na") ? Answer.DONT_KNOW : Answer.rating(Integer.parseInt(values[i])));
            }
        }
        return byId;
    }

    private static Answer answer(IndexItem.Type type, String value) {
        if (value.equals("na")) {
            return Answer.DONT_KNOW;
        }
        return type == IndexItem.Type.SINGLE_CHOICE ? Answer.option(value) : Answer.rating(Integer.parseInt(value));
    }
}
