package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import org.ccbench.scoring.numbers.Rational;

/**
 * One respondent's index (SCORING.md §5.5): the weighted mean of the item scores over the answered items, provided
 * answered weight / total weight ≥ {@code min_weight_coverage}.
 *
 * @param answeredWeight the summed weight of the items that gave an item score
 * @param totalWeight    the summed weight of all the index's items
 * @param coverage       answeredWeight / totalWeight, exact; {@code null} when the total weight is 0
 * @param value          the index on 0–100, exact; {@code null} when the coverage is too low
 */
public record RespondentIndex(BigDecimal answeredWeight, BigDecimal totalWeight, Rational coverage, Rational value) {

    /** Whether this respondent has an index and so counts towards a subject's index. */
    public boolean hasValue() {
        return value != null;
    }
}
