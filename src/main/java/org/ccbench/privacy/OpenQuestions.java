package org.ccbench.privacy;

import java.util.List;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaires;
import org.springframework.stereotype.Component;

/** The open (free-text) questions of a questionnaire version: their answers are personal data to be erased. */
@Component
class OpenQuestions {

    private final Questionnaires questionnaires;

    OpenQuestions(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    List<String> of(String templateId, String version) {
        return questionnaires.find(templateId, version).stream()
                .flatMap(questionnaire -> questionnaire.questions().stream())
                .filter(question -> question.type() == QuestionType.TEXT).map(Question::id).toList();
    }
}
