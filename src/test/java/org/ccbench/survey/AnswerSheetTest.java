package org.ccbench.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.internal.ShippedTemplates;
import org.junit.jupiter.api.Test;

/** Skip logic and submit-time checks of TEMPLATES.md §2.4–2.7 on the shipped questionnaires. */
class AnswerSheetTest {

    static final Questionnaire CS = ShippedTemplates.questionnaire(ShippedTemplates.CLIENT_SATISFACTION);
    static final Questionnaire TRENDS = ShippedTemplates.questionnaire(ShippedTemplates.TRENDS);

    private final Map<String, Answer> answers = new HashMap<>();

    private AnswerSheet cs() {
        return new AnswerSheet(CS, answers);
    }

    private boolean visible(Questionnaire questionnaire, String questionId) {
        return new AnswerSheet(questionnaire, answers).isVisible(questionnaire.question(questionId).orElseThrow());
    }

    @Test
    void questionShownOnlyForTheChosenOptions() {
        assertThat(visible(CS, "p_vendor")).as("unanswered reference").isFalse();
        answers.put("p_sourcing_model", Answer.of("in_house"));
        assertThat(visible(CS, "p_vendor")).isFalse();
        answers.put("p_sourcing_model", Answer.of("outsourced_multi"));
        assertThat(visible(CS, "p_vendor")).isTrue();
    }

    @Test
    void notInOnAMultiChoiceMeansAnsweredWithNoneOfTheValues() {
        assertThat(visible(CS, "s_main_kpi")).as("unanswered").isFalse();
        answers.put("s_kpis_used", Answer.ofCodes(java.util.List.of("aht", "none")));
        assertThat(visible(CS, "s_main_kpi")).isFalse();
        answers.put("s_kpis_used", Answer.ofCodes(java.util.List.of("aht", "fcr")));
        assertThat(visible(CS, "s_main_kpi")).isTrue();
    }

    @Test
    void answeredOpFollowsAChainOfHiddenQuestions() {
        answers.put("p_channels", Answer.ofCodes(java.util.List.of("email")));
        answers.put("s_sl_achieved", Answer.of("80"));
        assertThat(visible(CS, "s_sl_achieved")).as("phone not chosen").isFalse();
        assertThat(visible(CS, "s_sl_threshold")).as("its reference is hidden").isFalse();
        answers.put("p_channels", Answer.ofCodes(java.util.List.of("email", "phone")));
        assertThat(visible(CS, "s_sl_threshold")).isTrue();
    }

    @Test
    void requiredVisibleQuestionsMustBeAnsweredHiddenOnesNot() {
        assertThat(cs().problems()).extracting(AnswerProblem::questionId)
                .contains("p_sourcing_model", "o_overall_satisfaction").doesNotContain("p_vendor", "f_accessibility");
        answers.put("p_sourcing_model", Answer.of("outsourced_single"));
        assertThat(cs().problems()).extracting(AnswerProblem::questionId).contains("p_vendor");
    }

    @Test
    void hiddenAnswersAreDiscardedOnSubmit() {
        answers.put("p_sourcing_model", Answer.of("in_house"));
        answers.put("p_vendor", Answer.of("17"));
        answers.put("o_overall_satisfaction", Answer.of("4"));

        assertThat(cs().answersToSubmit()).containsOnlyKeys("p_sourcing_model", "o_overall_satisfaction");
    }

    @Test
    void valuesAreCheckedByType() {
        answers.put("o_overall_satisfaction", Answer.of("na"));
        answers.put("f_accessibility", Answer.of("na"));
        answers.put("o_recommend", Answer.of("11"));
        answers.put("o_choose_again", Answer.of("perhaps"));
        answers.put("p_agent_fte", Answer.of("12.25"));
        answers.put("s_kpis_used", Answer.ofCodes(java.util.List.of("aht", "none")));
        answers.put("p_sector", Answer.of("other"));

        assertThat(cs().problems()).extracting(AnswerProblem::questionId, AnswerProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("o_overall_satisfaction", "survey.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("o_recommend", "survey.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("o_choose_again", "survey.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("p_agent_fte", "survey.error.decimals"),
                        org.assertj.core.groups.Tuple.tuple("s_kpis_used", "survey.error.exclusive"),
                        org.assertj.core.groups.Tuple.tuple("p_sector", "survey.error.otherText"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("f_accessibility", "survey.error.choose"));
    }

    @Test
    void numberOutsideItsRangeNamesTheRange() {
        answers.put("p_agent_fte", Answer.of("20000"));

        assertThat(cs().problemsOf("p_agent_fte")).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("survey.error.range");
            assertThat(problem.arguments()).containsExactly(new java.math.BigDecimal("0.5"),
                    new java.math.BigDecimal("10000"));
        });
    }

    @Test
    void channelSharesMustAddUpToAHundredOnceAnyIsAnswered() {
        assertThat(new AnswerSheet(TRENDS, answers).problems()).noneMatch(p -> p.templateMessage() != null);
        answers.put("mc_share_phone", Answer.of("60"));
        assertThat(new AnswerSheet(TRENDS, answers).problems()).anyMatch(p -> p.templateMessage() != null);
        answers.put("mc_share_email", Answer.of("20"));
        answers.put("mc_share_chat_messaging", Answer.of("10"));
        answers.put("mc_share_social", Answer.of("5"));
        answers.put("mc_share_other", Answer.of("5.4"));
        assertThat(new AnswerSheet(TRENDS, answers).problems()).noneMatch(p -> p.templateMessage() != null);
        answers.put("mc_share_other", Answer.of("6"));
        assertThat(new AnswerSheet(TRENDS, answers).problems()).anyMatch(p -> p.templateMessage() != null
                && p.templateMessage().texts().get("en").contains("add up to 100%"));
    }
}
