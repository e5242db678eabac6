package org.ccbench.scoring.peer;

import java.util.List;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;

/**
 * The statistics of SCORING.md §2.3 over one value per organisation: n, the unweighted mean, P25 / median / P75
 * (type 7), and P10 / P90 only when n ≥ 10 ({@code null} otherwise). Min and max are never computed, because each
 * would disclose one organisation's value.
 */
public record PeerStatistics(int n, Rational mean, Rational p10, Rational p25, Rational median, Rational p75,
        Rational p90) {

    public static final int MIN_N_FOR_P10_P90 = 10;

    /** @param organisationValues one value per distinct organisation, in any order; not empty */
    public static PeerStatistics of(List<Rational> organisationValues) {
        if (organisationValues.isEmpty()) {
            throw new IllegalArgumentException("no observations");
        }
        List<Rational> sorted = organisationValues.stream().sorted().toList();
        int n = sorted.size();
        Rational sum = Rational.ZERO;
        for (Rational value : sorted) {
            sum = sum.plus(value);
        }
        boolean tails = n >= MIN_N_FOR_P10_P90;
        return new PeerStatistics(n, sum.dividedBy(n),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P10) : null,
                Type7Percentile.ofSorted(sorted, Type7Percentile.P25),
                Type7Percentile.ofSorted(sorted, Type7Percentile.MEDIAN),
                Type7Percentile.ofSorted(sorted, Type7Percentile.P75),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P90) : null);
    }
}
