package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One figure a submission's warnings are about, as the warnings dialog names it: the KPI or input, the value entered
 * (for a KPI: derived from the inputs), its value in the last approved month (the month the "changed more than 50 %"
 * rule compares with), and the plausible range the "unusual value" rule checks against.
 *
 * @param field       {@code SL[phone]} or {@code offered[phone]}: where the warnings are
 * @param name        the KPI's or input's name in the user's language, with its channel
 * @param kpi         a derived KPI (its unit is a KPI unit) rather than a raw input
 * @param unit        the catalogue unit of the value ({@code percent}, {@code count} …)
 * @param value       the value entered or derived, rounded for display; null when there is none
 * @param lastValue   the value in {@code lastMonth}; null when there is no approved month before or no value in it
 * @param lastMonth   the unit's last approved month before this one; null when there is none
 * @param rangeMin    the catalogue's plausible range; both null when the figure has none
 * @param warnings    the warnings about this figure
 */
public record UnusualFigure(String field, String name, boolean kpi, String unit, BigDecimal value, BigDecimal lastValue,
                            YearMonth lastMonth, BigDecimal rangeMin, BigDecimal rangeMax, List<InputProblem> warnings) {

    public UnusualFigure {
        warnings = List.copyOf(warnings);
    }

    public boolean hasRange() {
        return rangeMin != null || rangeMax != null;
    }
}
