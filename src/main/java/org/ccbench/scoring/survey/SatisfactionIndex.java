package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccbench.scoring.numbers.Rational;

/**
 * A template-defined index with {@code method: weighted_mean_scaled}, such as the client satisfaction index CSI
 * (SCORING.md §5.5, TEMPLATES.md §2.6). Each item turns an answer into an item score on 0–100
 * ({@link IndexItem#itemScore}); a respondent's index is the weighted mean over the answered items, or {@code null}
 * when answered weight / total weight is below {@code min_weight_coverage}. A subject's index is the unweighted mean
 * of its respondents' indices ({@link SubjectIndex}).
 */
public final class SatisfactionIndex {

    private final List<IndexItem> items;
    private final BigDecimal minWeightCoverage;
    private final BigDecimal totalWeight;

    private SatisfactionIndex(List<IndexItem> items, BigDecimal minWeightCoverage) {
        this.items = items;
        this.minWeightCoverage = minWeightCoverage;
        this.totalWeight = items.stream().map(IndexItem::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param items             every question of the template that carries this index
     * @param minWeightCoverage the index's {@code min_weight_coverage}, in (0, 1]
     */
    public static SatisfactionIndex of(List<IndexItem> items, BigDecimal minWeightCoverage) {
        if (minWeightCoverage.signum() <= 0 || minWeightCoverage.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("min_weight_coverage outside (0, 1]: " + minWeightCoverage);
        }
        if (items.stream().map(IndexItem::questionId).distinct().count() != items.size()) {
            throw new IllegalArgumentException("an index lists a question twice");
        }
        return new SatisfactionIndex(List.copyOf(items), minWeightCoverage);
    }

    public List<IndexItem> items() {
        return items;
    }

    public BigDecimal minWeightCoverage() {
        return minWeightCoverage;
    }

    public BigDecimal totalWeight() {
        return totalWeight;
    }

    /**
     * One respondent's index from their answers by question id. Missing questions are unanswered; answers to
     * questions outside the index are ignored.
     */
    public RespondentIndex respondent(Map<String, ? extends Answer> answersByQuestionId) {
        Objects.requireNonNull(answersByQuestionId, "answersByQuestionId");
        BigDecimal answeredWeight = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (IndexItem item : items) {
            BigDecimal score = item.itemScore(answersByQuestionId.get(item.questionId()));
            if (score != null) {
                answeredWeight = answeredWeight.add(item.weight());
                weightedSum = weightedSum.add(item.weight().multiply(score)); // exact
            }
        }
        if (totalWeight.signum() == 0) {
            return new RespondentIndex(answeredWeight, totalWeight, null, null);
        }
        Rational coverage = Rational.of(answeredWeight).dividedBy(Rational.of(totalWeight));
        // answered / total ≥ min  ⇔  answered ≥ min × total, compared exactly
        boolean covered = answeredWeight.compareTo(minWeightCoverage.multiply(totalWeight)) >= 0;
        Rational value = covered ? Rational.of(weightedSum).dividedBy(Rational.of(answeredWeight)) : null;
        return new RespondentIndex(answeredWeight, totalWeight, coverage, value);
    }
}
