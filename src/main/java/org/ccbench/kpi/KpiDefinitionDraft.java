package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameters;

/**
 * The next version of a unit's KPI definitions as a form holds it: any value may still be missing or out of range,
 * which {@link KpiDefinitionService#save} reports per field.
 *
 * @param thresholdHours the WRT threshold per written channel (email, social, messaging), in hours
 */
public record KpiDefinitionDraft(YearMonth effectiveFrom, Integer thresholdSeconds, Boolean excludeShortAbandons,
                                 Map<Channel, BigDecimal> thresholdHours, Integer repeatWindowDays,
                                 Integer falloutWindowHours) {

    public KpiDefinitionDraft {
        Map<Channel, BigDecimal> copy = new EnumMap<>(Channel.class);
        if (thresholdHours != null) {
            copy.putAll(thresholdHours);
        }
        thresholdHours = Collections.unmodifiableMap(copy);
    }

    /** A draft holding these parameters, effective from {@code month}. */
    public static KpiDefinitionDraft of(YearMonth month, KpiParameters parameters) {
        return new KpiDefinitionDraft(month, parameters.thresholdSeconds(), parameters.excludeShortAbandons(),
                parameters.thresholdHours(), parameters.repeatWindowDays(), parameters.falloutWindowHours());
    }

    /** The same values from another month on. */
    public KpiDefinitionDraft from(YearMonth month) {
        return new KpiDefinitionDraft(month, thresholdSeconds, excludeShortAbandons, thresholdHours, repeatWindowDays,
                falloutWindowHours);
    }
}
