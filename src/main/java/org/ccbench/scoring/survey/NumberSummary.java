package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;

/**
 * A number question summarised as in SCORING.md §5.3: n, the mean and P25 / median / P75 (type 7, see
 * {@link Type7Percentile}). Min and max are deliberately absent: each would disclose one respondent's exact answer
 * (§2.3, A5). All figures are exact and {@code null} when {@code n = 0}.
 */
public record NumberSummary(int n, Rational mean, Rational p25, Rational median, Rational p75) {

    public static NumberSummary of(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        if (n == 0) {
            return new NumberSummary(0, null, null, null, null);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : sorted) {
            sum = sum.add(value); // BigDecimal addition is exact
        }
        return new NumberSummary(n, Rational.of(sum).dividedBy(n),
                Type7Percentile.of(sorted, Type7Percentile.P25),
                Type7Percentile.of(sorted, Type7Percentile.MEDIAN),
                Type7Percentile.of(sorted, Type7Percentile.P75));
    }

    /** Tallies stored {@link Answer.Decimal} answers; {@code null} (unanswered) is skipped. */
    public static NumberSummary fromAnswers(Collection<? extends Answer> answers) {
        List<BigDecimal> values = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            switch (answer) {
                case null -> { }
                case Answer.Decimal decimal -> values.add(decimal.value());
                default -> throw new IllegalArgumentException("not a number answer: " + answer);
            }
        }
        return of(values);
    }
}
