package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.ccbench.base.Validation;
import org.ccbench.scoring.kpi.Channel;

/**
 * The checks of a new version of a unit's KPI definitions, as field errors: {@code effectiveFrom}, {@code reason},
 * {@code thresholdSeconds}, {@code excludeShortAbandons}, {@code thresholdHours.email} (.social, .messaging),
 * {@code repeatWindowDays}, {@code falloutWindowHours}.
 *
 * <p>The allowed values: the SL threshold a whole number of seconds from 1 to 3600 (ASA's valid range ends at an
 * hour); {@code excl_short} 0 or 1 (the catalogue's {@code allowed}); each WRT threshold more than 0 and at most 168
 * hours (a week), in at most two decimals (0.25 is a quarter of an hour); the repeat window 1 to 90 days; the
 * fallout window 1 to 168 hours. The catalogue gives the types and defaults, these ranges keep out typing errors.
 */
final class DefinitionRules {

    static final int REASON_LENGTH = 1000;
    static final int MAX_THRESHOLD_SECONDS = 3600;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(168);
    static final int HOURS_DECIMALS = 2;
    static final int MAX_REPEAT_WINDOW_DAYS = 90;
    static final int MAX_FALLOUT_WINDOW_HOURS = 168;

    private DefinitionRules() {
    }

    /**
     * @param startMonth     the unit's first month
     * @param latest         the effective month of the unit's latest version, null for its first
     * @param lastSubmitted  the unit's last month with submitted, approved or superseded figures, null for none: a
     *                       version must take effect after it, so no frozen revision contradicts its month's definitions
     */
    static Validation check(KpiDefinitionDraft draft, String reason, YearMonth startMonth, YearMonth latest,
                            YearMonth lastSubmitted) {
        Validation validation = new Validation();
        YearMonth month = draft.effectiveFrom();
        validation.requireValue(month, "effectiveFrom");
        if (month != null) {
            validation.require(!month.isBefore(startMonth), "effectiveFrom", "definitions.error.beforeStart")
                    .require(latest == null || month.isAfter(latest), "effectiveFrom",
                            "definitions.error.notAfterLatest")
                    .require(lastSubmitted == null || month.isAfter(lastSubmitted), "effectiveFrom",
                            "definitions.error.submittedMonth");
        }
        validation.requireText(reason, "reason")
                .require(reason == null || reason.strip().length() <= REASON_LENGTH, "reason",
                        "kpi.error.commentTooLong");
        whole(validation, draft.thresholdSeconds(), 1, MAX_THRESHOLD_SECONDS, "thresholdSeconds",
                "definitions.error.thresholdSeconds");
        validation.requireValue(draft.excludeShortAbandons(), "excludeShortAbandons");
        for (Channel channel : Channel.ASYNC) {
            String field = "thresholdHours." + channel.code();
            BigDecimal hours = draft.thresholdHours().get(channel);
            validation.requireValue(hours, field);
            if (hours != null) {
                validation.require(hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0
                        && hours.stripTrailingZeros().scale() <= HOURS_DECIMALS, field,
                        "definitions.error.thresholdHours");
            }
        }
        whole(validation, draft.repeatWindowDays(), 1, MAX_REPEAT_WINDOW_DAYS, "repeatWindowDays",
                "definitions.error.repeatWindowDays");
        whole(validation, draft.falloutWindowHours(), 1, MAX_FALLOUT_WINDOW_HOURS, "falloutWindowHours",
                "definitions.error.falloutWindowHours");
        return validation;
    }

    private static void whole(Validation validation, Integer value, int min, int max, String field, String key) {
        validation.requireValue(value, field);
        if (value != null) {
            validation.require(value >= min && value <= max, field, key);
        }
    }
}
