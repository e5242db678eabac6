package org.ccbench.profile;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccbench.base.Validation;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;

/**
 * The checks of a new profile version, as field errors: {@code weight.FCR}, {@code floor.SL}, {@code target.SL},
 * {@code index.CPC}, {@code qualityWeights}, {@code costWeights}, {@code alpha}, {@code coverage}, {@code reason}.
 */
final class ProfileRules {

    static final int REASON_LENGTH = 1000;
    private static final int WEIGHT_DECIMALS = 4;
    private static final BigDecimal WEIGHT_LIMIT = new BigDecimal("100000");
    private static final int TARGET_DECIMALS = 6;
    private static final BigDecimal TARGET_LIMIT = new BigDecimal("1000000000000");

    private ProfileRules() {
    }

    static Validation check(List<ProfileLine> lines, BigDecimal alpha, BigDecimal coverage, String reason) {
        Validation validation = new Validation();
        Set<Kpi> seen = EnumSet.noneOf(Kpi.class);
        boolean quality = false;
        boolean cost = false;
        for (ProfileLine line : lines) {
            Kpi kpi = line.kpi();
            validation.require(seen.add(kpi), "index." + kpi.code(), "profile.error.twice");
            checkIndex(validation, line);
            checkWeight(validation, line);
            checkTarget(validation, line);
            boolean positive = line.weight() != null && line.weight().signum() > 0;
            quality |= positive && line.index() == ScoringIndex.QUALITY;
            cost |= positive && line.index() == ScoringIndex.COST;
        }
        validation.require(quality, "qualityWeights", "profile.error.noQualityWeight")
                .require(cost, "costWeights", "profile.error.noCostWeight")
                .requireValue(alpha, "alpha")
                .require(alpha == null || alpha.signum() >= 0 && alpha.compareTo(BigDecimal.ONE) <= 0, "alpha",
                        "profile.error.alphaRange")
                .require(alpha == null || alpha.stripTrailingZeros().scale() <= WEIGHT_DECIMALS, "alpha",
                        "profile.error.fourDecimals")
                .requireValue(coverage, "coverage")
                .require(coverage == null || coverage.signum() > 0 && coverage.compareTo(BigDecimal.ONE) <= 0,
                        "coverage", "profile.error.coverageRange")
                .require(coverage == null || coverage.stripTrailingZeros().scale() <= WEIGHT_DECIMALS, "coverage",
                        "profile.error.fourDecimals")
                .requireText(reason, "reason")
                .require(reason == null || reason.strip().length() <= REASON_LENGTH, "reason",
                        "kpi.error.commentTooLong");
        return validation;
    }

    private static void checkIndex(Validation validation, ProfileLine line) {
        Kpi kpi = line.kpi();
        String field = "index." + kpi.code();
        if (line.index() == null) {
            validation.require(false, field, "validation.required");
        } else if (kpi == Kpi.WAGE && line.index() == ScoringIndex.COST) {
            validation.require(false, field, "profile.error.wageNotCost");
        } else {
            validation.require(line.index() == ScoringIndex.of(kpi), field, line.index() == ScoringIndex.QUALITY
                    ? "profile.error.costOnlyInC" : "profile.error.qualityOnlyInQ");
        }
    }

    private static void checkWeight(Validation validation, ProfileLine line) {
        String field = "weight." + line.kpi().code();
        BigDecimal weight = line.weight();
        if (weight == null) {
            validation.require(false, field, "validation.required");
        } else if (weight.signum() < 0) {
            validation.require(false, field, "profile.error.negativeWeight");
        } else if (weight.compareTo(WEIGHT_LIMIT) >= 0 || weight.stripTrailingZeros().scale() > WEIGHT_DECIMALS) {
            validation.require(false, field, "profile.error.weightDigits");
        } else {
            validation.require(weight.signum() == 0 || line.kpi().direction().isScored(), field,
                    "profile.error.neutral");
        }
    }

    private static void checkTarget(Validation validation, ProfileLine line) {
        Kpi kpi = line.kpi();
        BigDecimal floor = line.floor();
        BigDecimal target = line.target();
        if (floor == null && target == null) {
            return;
        }
        validation.require(floor != null, "floor." + kpi.code(), "profile.error.floorAndTarget")
                .require(target != null, "target." + kpi.code(), "profile.error.floorAndTarget");
        if (floor == null || target == null) {
            return;
        }
        boolean readable = digitsFit(floor, "floor." + kpi.code(), validation)
                & digitsFit(target, "target." + kpi.code(), validation);
        if (!readable) {
            return;
        }
        if (!kpi.direction().isScored()) {
            validation.require(false, "target." + kpi.code(), "profile.error.neutral");
            return;
        }
        try {
            new TargetScore(Rational.of(floor), Rational.of(target), kpi.direction());
        } catch (IllegalArgumentException e) {
            validation.require(false, "target." + kpi.code(), floor.compareTo(target) == 0
                    ? "profile.error.targetEqualsFloor"
                    : kpi.direction() == Direction.HIGHER_IS_BETTER ? "profile.error.targetAbove"
                    : "profile.error.targetBelow");
        }
    }

    private static boolean digitsFit(BigDecimal value, String field, Validation validation) {
        boolean fits = value.abs().compareTo(TARGET_LIMIT) < 0 && value.stripTrailingZeros().scale() <= TARGET_DECIMALS;
        validation.require(fits, field, "profile.error.targetDigits");
        return fits;
    }
}
