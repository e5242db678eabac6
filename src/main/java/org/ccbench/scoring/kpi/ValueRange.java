package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import org.ccbench.scoring.numbers.Rational;

/**
 * A closed range of KPI values, {@code max == null} meaning no upper bound: a {@code valid_range} (a value outside it
 * is an error in the inputs) or a {@code plausible_range} (outside it the submission gets a soft warning).
 */
public record ValueRange(BigDecimal min, BigDecimal max) {

    public ValueRange {
        Objects.requireNonNull(min, "min");
        if (max != null && max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max " + max + " below min " + min);
        }
    }

    public static ValueRange of(long min, long max) {
        return new ValueRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static ValueRange of(String min, String max) {
        return new ValueRange(new BigDecimal(min), new BigDecimal(max));
    }

    public static ValueRange atLeast(long min) {
        return new ValueRange(BigDecimal.valueOf(min), null);
    }

    public boolean contains(Rational value) {
        return value.compareTo(Rational.of(min)) >= 0 && (max == null || value.compareTo(Rational.of(max)) <= 0);
    }

    @Override
    public String toString() {
        return min.toPlainString() + " … " + (max == null ? "∞" : max.toPlainString());
    }
}
