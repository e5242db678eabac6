package org.ccbench.survey;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.ccbench.template.Questionnaire;

/** What the respondent's form needs: the questionnaire, what is being rated, and the answers saved so far. */
public record SurveySession(String campaignTitle, Questionnaire questionnaire, boolean anonymous, LocalDate closesOn,
                            String organisationName, String subjectName, Locale locale, int currentSection,
                            Map<String, Answer> answers) {

    public SurveySession {
        answers = Map.copyOf(answers);
    }

    public AnswerSheet sheet() {
        return new AnswerSheet(questionnaire, answers);
    }
}
