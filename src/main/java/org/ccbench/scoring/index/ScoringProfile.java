package org.ccbench.scoring.index;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.KpiCategory;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;

/**
 * A scoring profile of SCORING.md §3 (versioned and stored by the caller): the quality and cost weights, the floor
 * and target per KPI where target scores are used (§1.2), α for VfM and the minimum weight coverage.
 *
 * @param qualityWeights    weights ≥ 0 of the quality KPIs in Q (not cost KPIs)
 * @param costWeights       weights ≥ 0 of the cost KPIs in C; WAGE is never part of C (§3.2)
 * @param targets           floor and target per KPI for target scores; may be empty
 * @param alpha             0 ≤ α ≤ 1, default 0.6
 * @param minWeightCoverage 0 < coverage ≤ 1, default 0.75
 */
public record ScoringProfile(Map<Kpi, Rational> qualityWeights, Map<Kpi, Rational> costWeights,
        Map<Kpi, TargetScore> targets, Rational alpha, Rational minWeightCoverage) {

    public static final Rational DEFAULT_ALPHA = Rational.of(3, 5);
    public static final Rational DEFAULT_MIN_WEIGHT_COVERAGE = Rational.of(3, 4);

    /** The portal's default profile, *customer-first* (§3.1, §3.2): no targets, α 0.6, coverage 0.75. */
    public static final ScoringProfile CUSTOMER_FIRST = new ScoringProfile(
            Map.of(Kpi.FCR, Rational.of(25), Kpi.CSAT, Rational.of(20), Kpi.RCR, Rational.of(15),
                    Kpi.NPS, Rational.of(10), Kpi.CES, Rational.of(10), Kpi.SL, Rational.of(10),
                    Kpi.WRT, Rational.of(10), Kpi.AHT, Rational.ZERO, Kpi.TRF, Rational.ZERO),
            Map.of(Kpi.CPC, Rational.HUNDRED), Map.of(), DEFAULT_ALPHA, DEFAULT_MIN_WEIGHT_COVERAGE);

    public ScoringProfile {
        qualityWeights = copy(qualityWeights);
        costWeights = copy(costWeights);
        targets = Collections.unmodifiableMap(targets.isEmpty() ? new EnumMap<>(Kpi.class) : new EnumMap<>(targets));
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(minWeightCoverage, "minWeightCoverage");
        qualityWeights.forEach((kpi, weight) -> check(kpi, weight, kpi.category() != KpiCategory.COST, "quality"));
        costWeights.forEach((kpi, weight) -> check(kpi, weight, kpi.category() == KpiCategory.COST && kpi != Kpi.WAGE,
                "cost"));
        targets.forEach((kpi, target) -> {
            if (target.direction() != kpi.direction()) {
                throw new IllegalArgumentException(kpi.code() + " is " + kpi.direction().code() + ", its target is not");
            }
        });
        if (alpha.signum() < 0 || alpha.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("alpha must lie in 0–1: " + alpha);
        }
        if (minWeightCoverage.signum() <= 0 || minWeightCoverage.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("min_weight_coverage must lie in (0, 1]: " + minWeightCoverage);
        }
    }

    /** Q of §3.1 from normalised quality scores (a missing or {@code null} score is not available). */
    public IndexValue quality(Map<Kpi, Rational> scores) {
        return WeightedIndex.of(scores, qualityWeights, minWeightCoverage);
    }

    /** C of §3.2 from normalised cost scores. */
    public IndexValue cost(Map<Kpi, Rational> scores) {
        return WeightedIndex.of(scores, costWeights, minWeightCoverage);
    }

    /** VfM = α × Q + (1 − α) × C (§3.3); {@code null} if Q or C is. */
    public Rational valueForMoney(Rational quality, Rational cost) {
        if (quality == null || cost == null) {
            return null;
        }
        return alpha.times(quality).plus(Rational.ONE.minus(alpha).times(cost));
    }

    /** The target score of a KPI in this profile, {@code null} if it has no floor and target here. */
    public TargetScore target(Kpi kpi) {
        return targets.get(kpi);
    }

    /** The informational "quality points per euro" Q / CPC (§3.3), never ranked; {@code null} if either is or CPC = 0. */
    public static Rational qualityPerEuro(Rational quality, Rational costPerContact) {
        if (quality == null || costPerContact == null || costPerContact.signum() == 0) {
            return null;
        }
        return quality.dividedBy(costPerContact);
    }

    private static Map<Kpi, Rational> copy(Map<Kpi, Rational> weights) {
        return Collections.unmodifiableMap(weights.isEmpty() ? new EnumMap<>(Kpi.class) : new EnumMap<>(weights));
    }

    private static void check(Kpi kpi, Rational weight, boolean allowed, String index) {
        if (!allowed) {
            throw new IllegalArgumentException(kpi.code() + " cannot be part of the " + index + " index");
        }
        if (weight == null || weight.signum() < 0) {
            throw new IllegalArgumentException("the weight of " + kpi.code() + " must be ≥ 0: " + weight);
        }
    }
}
