package org.ccbench.template;

import java.math.BigDecimal;
import java.util.List;

/** One question of a questionnaire (TEMPLATES.md §2.4); optional parts are null. */
public record Question(String id, QuestionType type, Localized text, Localized help, boolean required,
                       String scale, boolean allowNa, List<ChoiceOption> options, String optionsSource,
                       AnswerRules rules, ShowIf showIf, KpiLink kpi, String index, BigDecimal weight) {

    public Question {
        options = List.copyOf(options);
    }
}
