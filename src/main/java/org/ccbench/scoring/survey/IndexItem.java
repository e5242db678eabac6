package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A question that carries {@code index: <id>} and {@code weight: w} in the template (TEMPLATES.md §2.4, §2.6), with
 * what SCORING.md §5.5 needs to turn one answer into an item score on 0–100.
 *
 * @param questionId   the question id, the key of a respondent's answers
 * @param type         likert5, nps0_10 or a scored single_choice
 * @param weight       w ≥ 0
 * @param optionScores the option scores of a single_choice item, by code; empty for the other types
 */
public record IndexItem(String questionId, Type type, BigDecimal weight, Map<String, BigDecimal> optionScores) {

    /** The question types that may carry an index weight. */
    public enum Type {
        /** Item score (x − 1) × 25. */
        LIKERT5,
        /** Item score x × 10. */
        NPS0_10,
        /** Item score = the chosen option's {@code score}. */
        SINGLE_CHOICE
    }

    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal TEN = BigDecimal.TEN;

    public IndexItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(type, "type");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(questionId + " has a negative weight: " + weight);
        }
        optionScores = Map.copyOf(optionScores);
        if ((type == Type.SINGLE_CHOICE) == optionScores.isEmpty()) {
            throw new IllegalArgumentException(type == Type.SINGLE_CHOICE
                    ? questionId + ": a single_choice item needs a score on every option"
                    : questionId + ": only a single_choice item has option scores");
        }
        optionScores.forEach((code, score) -> {
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(questionId + " option " + code + " scores outside 0–100: " + score);
            }
        });
    }

    public static IndexItem likert5(String questionId, String weight) {
        return new IndexItem(questionId, Type.LIKERT5, new BigDecimal(weight), Map.of());
    }

    public static IndexItem nps0To10(String questionId, String weight) {
        return new IndexItem(questionId, Type.NPS0_10, new BigDecimal(weight), Map.of());
    }

    public static IndexItem singleChoice(String questionId, String weight, Map<String, BigDecimal> optionScores) {
        return new IndexItem(questionId, Type.SINGLE_CHOICE, new BigDecimal(weight), optionScores);
    }

    /**
     * The item score of one answer (SCORING.md §5.5), or {@code null} when the answer gives none: unanswered
     * ({@code null}) or "don't know". An answer of the wrong type or out of range is invalid stored data and throws.
     */
    public BigDecimal itemScore(Answer answer) {
        return switch (answer) {
            case null -> null;
            case Answer.DontKnow dontKnow -> null;
            case Answer.Rating rating when type == Type.LIKERT5 && rating.value() >= 1 && rating.value() <= 5 ->
                    BigDecimal.valueOf(rating.value() - 1L).multiply(TWENTY_FIVE);
            case Answer.Rating rating when type == Type.NPS0_10 && rating.value() >= 0 && rating.value() <= 10 ->
                    BigDecimal.valueOf(rating.value()).multiply(TEN);
            case Answer.Option option when type == Type.SINGLE_CHOICE -> {
                BigDecimal score = optionScores.get(option.code());
                if (score == null) {
                    throw new IllegalArgumentException(questionId + ": unknown option code " + option.code());
                }
                yield score;
            }
            default -> throw new IllegalArgumentException(questionId + ": not a " + type + " answer: " + answer);
        };
    }
}
