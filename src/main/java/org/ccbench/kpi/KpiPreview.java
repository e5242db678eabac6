package org.ccbench.kpi;

import java.math.BigDecimal;

/**
 * A derived KPI of the month as the form shows it while the inputs are typed: never typed in, always computed.
 *
 * @param label      {@code SL[phone]}, {@code CSAT} …
 * @param value      rounded for display, or null with {@code nullReason} ({@code no_traffic}, {@code input_missing})
 * @param unit       the catalogue unit: {@code percent}, {@code seconds}, {@code eur} …
 * @param implausible outside the catalogue's plausible range: a warning at submit
 * @param invalid     outside the valid range: the inputs cannot be right
 * @param sample      a survey KPI's number of responses; null for other KPIs or when a count is missing
 * @param minSample   the responses a survey KPI needs (KPIS.md {@code min_sample}, 50); null for other KPIs
 */
public record KpiPreview(String label, String name, BigDecimal value, String unit, String nullReason,
                         boolean implausible, boolean invalid, BigDecimal sample, Integer minSample) {

    /**
     * A value on fewer responses than {@code minSample}: shown with a "small sample" mark, not measurable for
     * bonus/malus and left out of peer statistics.
     */
    public boolean smallSample() {
        return value != null && sample != null && minSample != null
                && sample.compareTo(BigDecimal.valueOf(minSample)) < 0;
    }
}
