package org.ccbench.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccbench.survey.Answer;
import org.ccbench.survey.QualityFlag;
import org.ccbench.survey.SourcingModel;
import org.ccbench.survey.internal.ResultsRepository.StoredResponse;
import org.ccbench.template.Question;
import org.ccbench.template.QuestionType;
import org.ccbench.template.Questionnaire;

/** Hints for the administrator's review: straight-lining and a second response about the same subject. */
public final class ResponseQuality {

    static final int STRAIGHT_LINE_MINIMUM = 5;

    private final List<String> ratingQuestions;
    private final Map<String, Integer> responsesPerSubject;

    /** With the campaign's count of responses per subject ({@link #subject}), so that a page of them can be flagged. */
    public ResponseQuality(Questionnaire questionnaire, Map<String, Integer> responsesPerSubject) {
        this.ratingQuestions = ratingQuestions(questionnaire);
        this.responsesPerSubject = Map.copyOf(responsesPerSubject);
    }

    private static List<String> ratingQuestions(Questionnaire questionnaire) {
        return questionnaire.questions().stream()
                .filter(question -> question.type() == QuestionType.LIKERT5).map(Question::id).toList();
    }

    public List<QualityFlag> flags(StoredResponse response) {
        List<QualityFlag> flags = new ArrayList<>(2);
        if (isStraightLined(response)) {
            flags.add(QualityFlag.STRAIGHT_LINING);
        }
        if (responsesPerSubject.getOrDefault(subject(response), 0) > 1) {
            flags.add(QualityFlag.POSSIBLE_DUPLICATE);
        }
        return flags;
    }

    private boolean isStraightLined(StoredResponse response) {
        List<String> ratings = ratingQuestions.stream().map(id -> response.answers().get(id))
                .filter(Objects::nonNull).map(Answer::value)
                .filter(value -> !value.isEmpty() && !Answer.NOT_APPLICABLE.equals(value)).toList();
        return ratings.size() >= STRAIGHT_LINE_MINIMUM && ratings.stream().distinct().count() == 1;
    }

    /** One organisation may rate several vendors, but rates each vendor (or its in-house center) once. */
    private static String subject(StoredResponse response) {
        return subject(response.respondentKey(), response.sourcingModel(), response.vendorId());
    }

    public static String subject(String respondentKey, SourcingModel sourcingModel, Long vendorId) {
        return respondentKey + "|" + sourcingModel + "|" + vendorId;
    }
}
