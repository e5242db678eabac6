package org.ccbench.profile;

import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Kpi;

/**
 * One KPI of a profile version: the index it counts in, its weight, and optionally the floor (score 0) and target
 * (score 100) of its target score (SCORING.md §1.2); floor and target are both set or both {@code null}.
 */
public record ProfileLine(Kpi kpi, ScoringIndex index, BigDecimal weight, BigDecimal floor, BigDecimal target) {

    /** A line in the KPI's own index without floor and target. */
    public static ProfileLine weighted(Kpi kpi, BigDecimal weight) {
        return new ProfileLine(kpi, ScoringIndex.of(kpi), weight, null, null);
    }

    public ProfileLine withWeight(BigDecimal newWeight) {
        return new ProfileLine(kpi, index, newWeight, floor, target);
    }

    public ProfileLine withTarget(BigDecimal floor, BigDecimal target) {
        return new ProfileLine(kpi, index, weight, floor, target);
    }

    public boolean hasTarget() {
        return floor != null && target != null;
    }
}
