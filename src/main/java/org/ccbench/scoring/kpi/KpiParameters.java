package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definition parameters one observation was measured with (set per contract, stored with each submission). Only
 * {@code excl_short} changes a formula (SL and ABN); the others say what the submitted counts mean and are peer keys.
 *
 * @param thresholdSeconds      SL: {@code threshold_seconds}
 * @param thresholdHours        WRT: {@code threshold_hours} for email, social and messaging
 * @param excludeShortAbandons  SL and ABN: {@code excl_short} = 1
 * @param repeatWindowDays      RCR: {@code repeat_window_days}
 * @param falloutWindowHours    SSF: {@code fallout_window_hours}
 */
public record KpiParameters(int thresholdSeconds, Map<Channel, BigDecimal> thresholdHours,
        boolean excludeShortAbandons, int repeatWindowDays, int falloutWindowHours) {

    /** The catalogue's defaults: 20 s, email 24 h / social 2 h / messaging 1 h, excl_short 0, 7 days, 24 h. */
    public static final KpiParameters DEFAULTS = new KpiParameters(20,
            Map.of(Channel.EMAIL, BigDecimal.valueOf(24), Channel.SOCIAL, BigDecimal.valueOf(2),
                    Channel.MESSAGING, BigDecimal.ONE),
            false, 7, 24);

    public KpiParameters {
        requirePositive(thresholdSeconds, "threshold_seconds");
        requirePositive(repeatWindowDays, "repeat_window_days");
        requirePositive(falloutWindowHours, "fallout_window_hours");
        Objects.requireNonNull(thresholdHours, "threshold_hours");
        if (!thresholdHours.keySet().equals(Set.copyOf(Channel.ASYNC))) {
            throw new IllegalArgumentException("threshold_hours needs exactly email, social and messaging, not "
                    + thresholdHours.keySet());
        }
        thresholdHours.forEach((channel, hours) -> {
            if (hours == null || hours.signum() <= 0) {
                throw new IllegalArgumentException("threshold_hours[" + channel.code() + "] must be positive");
            }
        });
        thresholdHours = Collections.unmodifiableMap(new EnumMap<>(thresholdHours));
    }

    /** The WRT threshold of one written channel. */
    public BigDecimal thresholdHours(Channel channel) {
        BigDecimal hours = thresholdHours.get(channel);
        if (hours == null) {
            throw new IllegalArgumentException("threshold_hours is for email, social and messaging, not " + channel.code());
        }
        return hours;
    }

    /** {@code excl_short} as the formulas write it: 0 or 1. */
    public int exclShort() {
        return excludeShortAbandons ? 1 : 0;
    }

    /**
     * These parameters as peer benchmarks use them: every parameter with a {@code benchmark_value} (only
     * {@code excl_short}, 0) set to it, the peer keys unchanged.
     */
    public KpiParameters forBenchmark() {
        return withExcludeShortAbandons(false);
    }

    public KpiParameters withExcludeShortAbandons(boolean exclude) {
        return new KpiParameters(thresholdSeconds, thresholdHours, exclude, repeatWindowDays, falloutWindowHours);
    }

    public KpiParameters withThresholdSeconds(int seconds) {
        return new KpiParameters(seconds, thresholdHours, excludeShortAbandons, repeatWindowDays, falloutWindowHours);
    }

    private static void requirePositive(int value, String code) {
        if (value <= 0) {
            throw new IllegalArgumentException(code + " must be positive, not " + value);
        }
    }
}
