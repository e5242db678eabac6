package org.ccbench.scoring.index;

import java.util.Map;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.numbers.Rational;

/**
 * Index = Σ_{k available} w_k × s_k / Σ_{k available} w_k over the KPIs whose score is not {@code null}, SCORING.md
 * §3.1; {@code null} when coverage (available / all weight) is below the minimum (equality is sufficient) or no
 * weight is positive.
 */
public final class WeightedIndex {

    private WeightedIndex() {
    }

    /**
     * @param scores   normalised 0–100 scores per KPI; a missing key or a {@code null} score is "not available"
     * @param weights  the profile's weights (≥ 0); KPIs with weight 0 never count
     */
    public static IndexValue of(Map<Kpi, Rational> scores, Map<Kpi, Rational> weights, Rational minCoverage) {
        Rational allWeight = Rational.ZERO;
        Rational availableWeight = Rational.ZERO;
        Rational weightedSum = Rational.ZERO;
        for (Map.Entry<Kpi, Rational> weight : weights.entrySet()) {
            allWeight = allWeight.plus(weight.getValue());
            Rational score = scores.get(weight.getKey());
            if (score != null) {
                availableWeight = availableWeight.plus(weight.getValue());
                weightedSum = weightedSum.plus(weight.getValue().times(score));
            }
        }
        if (allWeight.signum() == 0) {
            return new IndexValue(null, Rational.ZERO);
        }
        Rational coverage = availableWeight.dividedBy(allWeight);
        boolean sufficient = availableWeight.signum() > 0 && coverage.compareTo(minCoverage) >= 0;
        return new IndexValue(sufficient ? weightedSum.dividedBy(availableWeight) : null, coverage);
    }
}
