package org.ccbench.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.KpiParameter;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.template.KpiCatalogue;

/**
 * Definition parameters as a revision stores them ({@code threshold_seconds}, {@code threshold_hours[email]} …) and
 * as the scoring core reads them ({@link KpiParameters}).
 */
public final class DefinitionParameters {

    private DefinitionParameters() {
    }

    /** The catalogue's defaults, for a unit without a version of its definitions. */
    public static KpiParameters catalogueDefaults(KpiCatalogue catalogue) {
        return toKpiParameters(storedDefaults(catalogue));
    }

    /** The catalogue's defaults as a revision stores them, in catalogue order, for every channel. */
    static Map<InputKey, BigDecimal> storedDefaults(KpiCatalogue catalogue) {
        Map<InputKey, BigDecimal> defaults = new LinkedHashMap<>();
        catalogue.parameters().forEach(parameter -> parameter.defaults()
                .forEach((channel, value) -> defaults.put(InputKey.of(parameter.code(), channel), value)));
        return defaults;
    }

    /**
     * The parameters as stored, one value per parameter code and, for per-channel ones, per channel; a parameter
     * missing from the map takes the scoring core's default (which the catalogue test keeps equal to the catalogue's).
     */
    public static KpiParameters toKpiParameters(Map<InputKey, BigDecimal> parameters) {
        KpiParameters defaults = KpiParameters.DEFAULTS;
        Map<Channel, BigDecimal> hours = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.ASYNC) {
            hours.put(channel, parameters.getOrDefault(InputKey.of(KpiParameter.THRESHOLD_HOURS.code(),
                    channel.code()), defaults.thresholdHours(channel)));
        }
        return new KpiParameters(intOf(parameters, KpiParameter.THRESHOLD_SECONDS, defaults.thresholdSeconds()),
                hours, intOf(parameters, KpiParameter.EXCL_SHORT, defaults.exclShort()) == 1,
                intOf(parameters, KpiParameter.REPEAT_WINDOW_DAYS, defaults.repeatWindowDays()),
                intOf(parameters, KpiParameter.FALLOUT_WINDOW_HOURS, defaults.falloutWindowHours()));
    }

    /** One parameter's value in {@code definitions}, as stored; null for a code the core does not know. */
    static BigDecimal valueOf(KpiParameters definitions, String code, String channel) {
        for (KpiParameter parameter : KpiParameter.values()) {
            if (parameter.code().equals(code)) {
                return switch (parameter) {
                    case THRESHOLD_SECONDS -> BigDecimal.valueOf(definitions.thresholdSeconds());
                    case EXCL_SHORT -> BigDecimal.valueOf(definitions.exclShort());
                    case THRESHOLD_HOURS -> definitions.thresholdHours(Channel.ofCode(channel));
                    case REPEAT_WINDOW_DAYS -> BigDecimal.valueOf(definitions.repeatWindowDays());
                    case FALLOUT_WINDOW_HOURS -> BigDecimal.valueOf(definitions.falloutWindowHours());
                };
            }
        }
        return null;
    }

    private static int intOf(Map<InputKey, BigDecimal> parameters, KpiParameter parameter, int fallback) {
        BigDecimal value = parameters.get(InputKey.of(parameter.code()));
        return value == null ? fallback : value.intValueExact();
    }
}
