package org.ccbench.scorecard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The SLA KPIs month by month over the last twelve months up to the period's end, with their targets, and the
 * bonus/malus amount of each month. A value is null for a month without an approved submission.
 */
public record KpiTrend(List<YearMonth> months, List<Series> series, List<BigDecimal> amounts) {

    public KpiTrend {
        months = List.copyOf(months);
        series = List.copyOf(series);
        amounts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }

    /** One KPI's values, one per month (nulls allowed), and its target. */
    public record Series(String kpiLabel, BigDecimal target, List<BigDecimal> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
