package org.ccbench.contract;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccbench.base.Validation;
import org.ccbench.contract.internal.ContractFacts;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.TargetScore;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.settlement.SettlementTerms;

/**
 * The checks of a new terms version, as field errors: {@code effectiveFrom}, {@code reason}, {@code scoringProfile},
 * {@code maxTotalMalus}, {@code maxTotalBonus}, {@code bonusGate}, {@code forecast}, {@code corridorPercent},
 * {@code sla.0.kpi}, {@code sla.0.floor} … (by row, from 0), {@code priceLines}, {@code price.0.kind},
 * {@code price.0.rate}, {@code cost.0.month}, {@code cost.0.description}, {@code cost.0.amount}.
 */
final class TermsRules {

    static final int REASON_LENGTH = 1000;
    static final int DESCRIPTION_LENGTH = 200;
    private static final BigDecimal PERCENT_LIMIT = new BigDecimal("100000");
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1000000000000");

    private TermsRules() {
    }

    /** The KPI labels a contract serving these channels can use: scored KPIs, per channel where they have one. */
    static List<String> labels(Set<Channel> channels) {
        List<String> labels = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            if (!kpi.direction().isScored()) {
                continue;
            }
            if (kpi.breakdowns().isEmpty()) {
                labels.add(kpi.code());
            } else {
                kpi.breakdowns().stream().filter(channels::contains)
                        .forEach(breakdown -> labels.add(SlaTerm.label(kpi, breakdown)));
            }
        }
        return labels;
    }

    /**
     * @param latest the contract's latest version, null for its first
     * @param now    the current month
     */
    static Validation check(ContractFacts contract, ContractTerms latest, YearMonth now, ContractTermsDraft draft,
                            String reason, boolean profileAllowed) {
        Validation validation = new Validation();
        checkMonth(validation, contract, latest, now, draft.effectiveFrom());
        validation.requireText(reason, "reason")
                .require(reason == null || reason.strip().length() <= REASON_LENGTH, "reason",
                        "kpi.error.commentTooLong")
                .require(profileAllowed, "scoringProfile", "terms.error.profile");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.slaItems().size(); i++) {
            checkItem(validation, "sla." + i + ".", draft.slaItems().get(i), contract.channels(), seen);
        }
        percent(validation, draft.maxTotalMalus(), "maxTotalMalus");
        percent(validation, draft.maxTotalBonus(), "maxTotalBonus");
        validation.requireValue(draft.bonusGate(), "bonusGate");
        checkForecast(validation, draft);
        checkPrices(validation, draft);
        checkCosts(validation, draft);
        return validation;
    }

    private static void checkMonth(Validation validation, ContractFacts contract, ContractTerms latest,
                                   YearMonth now, YearMonth month) {
        validation.requireValue(month, "effectiveFrom");
        if (month == null) {
            return;
        }
        if (latest == null) {
            validation.require(!month.isBefore(contract.startMonth()), "effectiveFrom", "terms.error.beforeStart");
        } else {
            validation.require(month.isAfter(latest.effectiveFrom()), "effectiveFrom", "terms.error.notAfterLatest")
                    .require(!month.isBefore(now), "effectiveFrom", "terms.error.pastMonth");
        }
    }

    private static void checkItem(Validation validation, String prefix, SlaTerm item, Set<Channel> channels,
                                  Set<String> seen) {
        Kpi kpi = checkLabel(validation, prefix + "kpi", item.kpiLabel(), channels, seen);
        boolean floor = value(validation, item.floor(), prefix + "floor");
        boolean target = value(validation, item.target(), prefix + "target");
        if (kpi != null && floor && target) {
            try {
                new TargetScore(Rational.of(item.floor()), Rational.of(item.target()), kpi.direction());
            } catch (IllegalArgumentException e) {
                validation.require(false, prefix + "target", item.floor().compareTo(item.target()) == 0
                        ? "profile.error.targetEqualsFloor" : higher(kpi) ? "profile.error.targetAbove"
                        : "profile.error.targetBelow");
            }
        }
        percent(validation, item.weight(), prefix + "weight");
        percent(validation, item.malusRate(), prefix + "malusRate");
        percent(validation, item.malusCap(), prefix + "malusCap");
        validation.require(item.minVolume() >= 0, prefix + "minVolume", "terms.error.negative");
        checkBonus(validation, prefix, item, kpi, target);
    }

    private static Kpi checkLabel(Validation validation, String field, String label, Set<Channel> channels,
                                  Set<String> seen) {
        if (label == null || label.isBlank()) {
            validation.require(false, field, "validation.required");
            return null;
        }
        Kpi kpi;
        Breakdown breakdown;
        try {
            kpi = SlaTerm.kpiOf(label);
            breakdown = SlaTerm.breakdownOf(label);
        } catch (IllegalArgumentException e) {
            validation.require(false, field, "terms.error.unknownKpi");
            return null;
        }
        if (!kpi.direction().isScored()) {
            validation.require(false, field, "terms.error.neutralKpi");
            return null;
        }
        if (breakdown == null && !kpi.breakdowns().isEmpty()) {
            validation.require(false, field, "terms.error.channelNeeded");
            return null;
        }
        validation.require(!(breakdown instanceof Channel channel) || channels.contains(channel), field,
                        "terms.error.channelNotServed")
                .require(seen.add(SlaTerm.label(kpi, breakdown)), field, "terms.error.kpiTwice");
        return kpi;
    }

    private static void checkBonus(Validation validation, String prefix, SlaTerm item, Kpi kpi, boolean target) {
        BigDecimal threshold = item.bonusThreshold();
        if (threshold == null && item.bonusRate() == null && item.bonusCap() == null) {
            return;
        }
        validation.require(threshold != null, prefix + "bonusThreshold", "terms.error.bonusTogether")
                .require(item.bonusRate() != null, prefix + "bonusRate", "terms.error.bonusTogether")
                .require(item.bonusCap() != null, prefix + "bonusCap", "terms.error.bonusTogether");
        if (item.bonusRate() != null) {
            percent(validation, item.bonusRate(), prefix + "bonusRate");
        }
        if (item.bonusCap() != null) {
            percent(validation, item.bonusCap(), prefix + "bonusCap");
        }
        if (threshold != null && value(validation, threshold, prefix + "bonusThreshold") && kpi != null && target) {
            int side = threshold.compareTo(item.target());
            validation.require(higher(kpi) ? side >= 0 : side <= 0, prefix + "bonusThreshold",
                    higher(kpi) ? "terms.error.thresholdAbove" : "terms.error.thresholdBelow");
        }
    }

    private static void checkForecast(Validation validation, ContractTermsDraft draft) {
        Long forecast = draft.forecast();
        boolean protectedItem = draft.slaItems().stream().anyMatch(SlaTerm::volumeProtected);
        validation.require(!protectedItem || forecast != null, "forecast", "terms.error.forecastNeeded")
                .require(forecast == null || forecast > 0, "forecast", "terms.error.forecastPositive");
        if (forecast != null || draft.corridorPercent() != null) {
            percent(validation, draft.corridorPercent(), "corridorPercent");
        }
    }

    private static void checkPrices(Validation validation, ContractTermsDraft draft) {
        validation.require(!draft.priceLines().isEmpty(), "priceLines", "terms.error.noPrice");
        Set<PriceKind> kinds = EnumSet.noneOf(PriceKind.class);
        for (int i = 0; i < draft.priceLines().size(); i++) {
            PriceLine line = draft.priceLines().get(i);
            String prefix = "price." + i + ".";
            validation.requireValue(line.kind(), prefix + "kind")
                    .require(line.kind() == null || kinds.add(line.kind()), prefix + "kind", "terms.error.priceTwice")
                    .requireValue(line.rate(), prefix + "rate");
            if (line.rate() != null) {
                validation.require(line.rate().signum() >= 0, prefix + "rate", "terms.error.negative")
                        .require(fits(line.rate(), VALUE_LIMIT, 4), prefix + "rate", "terms.error.priceDigits");
            }
        }
    }

    private static void checkCosts(Validation validation, ContractTermsDraft draft) {
        for (int i = 0; i < draft.oneOffCosts().size(); i++) {
            OneOffCost cost = draft.oneOffCosts().get(i);
            String prefix = "cost." + i + ".";
            validation.requireValue(cost.month(), prefix + "month")
                    .requireText(cost.description(), prefix + "description")
                    .require(cost.description() == null || cost.description().strip().length() <= DESCRIPTION_LENGTH,
                            prefix + "description", "validation.tooLong")
                    .requireValue(cost.amount(), prefix + "amount");
            if (cost.amount() != null) {
                validation.require(cost.amount().signum() > 0, prefix + "amount", "terms.error.amountPositive")
                        .require(fits(cost.amount(), VALUE_LIMIT, 2), prefix + "amount", "terms.error.amountDigits");
            }
        }
    }

    /** The caps, gate and forecast as the settlement core checks them: the last resort after the field checks. */
    static boolean acceptedBySettlement(ContractTermsDraft draft) {
        try {
            new SettlementTerms(Rational.of(draft.maxTotalMalus()), Rational.of(draft.maxTotalBonus()),
                    draft.bonusGate(), draft.forecast(),
                    draft.corridorPercent() == null ? null : Rational.of(draft.corridorPercent()));
            draft.slaItems().forEach(SlaTerm::toSlaItem);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A required percentage, rate, cap or weight: 0 or more, at most 4 decimals, below 100,000. */
    private static void percent(Validation validation, BigDecimal value, String field) {
        validation.requireValue(value, field);
        if (value != null) {
            validation.require(value.signum() >= 0, field, "terms.error.negative");
            validation.require(value.signum() < 0 || fits(value, PERCENT_LIMIT, 4), field, "terms.error.fourDecimals");
        }
    }

    /** A required floor, target or threshold that fits its column. */
    private static boolean value(Validation validation, BigDecimal value, String field) {
        validation.requireValue(value, field);
        if (value == null) {
            return false;
        }
        boolean fits = fits(value, VALUE_LIMIT, 6);
        validation.require(fits, field, "profile.error.targetDigits");
        return fits;
    }

    private static boolean fits(BigDecimal value, BigDecimal limit, int decimals) {
        return value.abs().compareTo(limit) < 0 && value.stripTrailingZeros().scale() <= decimals;
    }

    private static boolean higher(Kpi kpi) {
        return kpi.direction() == Direction.HIGHER_IS_BETTER;
    }
}
