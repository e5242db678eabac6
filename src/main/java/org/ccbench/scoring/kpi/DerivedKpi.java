package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import org.ccbench.scoring.numbers.Display;
import org.ccbench.scoring.numbers.Rational;

/**
 * One derived KPI value: exact, or {@code null} with the reason why (never 0 for "nothing to measure").
 *
 * @param breakdown  the channel or quadrant, {@code null} for a KPI with a single value
 * @param value      the exact value, {@code null} when {@code nullReason} is set
 * @param nullReason why there is no value, {@code null} when there is one
 */
public record DerivedKpi(Kpi kpi, Breakdown breakdown, Rational value, NullReason nullReason) {

    public DerivedKpi {
        Objects.requireNonNull(kpi, "kpi");
        if ((value == null) == (nullReason == null)) {
            throw new IllegalArgumentException("a derived KPI has either a value or a reason for having none");
        }
        if (breakdown == null ? !kpi.breakdowns().isEmpty() : !kpi.breakdowns().contains(breakdown)) {
            throw new IllegalArgumentException(kpi.code() + " has no value for " + breakdown);
        }
    }

    static DerivedKpi of(Kpi kpi, Breakdown breakdown, Rational value) {
        return new DerivedKpi(kpi, breakdown, value, null);
    }

    static DerivedKpi none(Kpi kpi, Breakdown breakdown, NullReason reason) {
        return new DerivedKpi(kpi, breakdown, null, reason);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** Rounded half away from zero to the KPI's display decimals ({@link Kpi#displayDecimals()}); {@code null} stays. */
    public BigDecimal display() {
        return Display.round(value, kpi.displayDecimals());
    }

    /** True when there is a value and it lies outside the KPI's {@code valid_range} (e.g. SL above 100). */
    public boolean isOutsideValidRange() {
        return value != null && !kpi.validRange().contains(value);
    }

    /** True when there is a value and it lies outside the KPI's {@code plausible_range}, if it has one. */
    public boolean isOutsidePlausibleRange() {
        return value != null && kpi.plausibleRange() != null && !kpi.plausibleRange().contains(value);
    }

    /** {@code SL[phone]}, {@code VMX[eliminate]} or {@code CSAT}. */
    public String label() {
        return breakdown == null ? kpi.code() : kpi.code() + "[" + breakdown.code() + "]";
    }

    @Override
    public String toString() {
        return label() + "=" + (value != null ? value : nullReason.code());
    }
}
