package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.settlement.LineStatus;

/**
 * One SLA item in one month, exact: {@code actual = numerator / denominator} (the KPI's formula, e.g. 100 ×
 * answered within 20 s / offered), so a spreadsheet can recompute every step of SCORING.md §4.1.
 *
 * @param numerator      null, with the denominator, when the month has no value for the KPI
 * @param volume         the denominator compared with {@code minVolume}; for a survey KPI its number of responses,
 *                       also compared with {@code minSample}
 * @param offered        the offered volume compared with the corridor ceiling (volume-protected items)
 * @param volumeCeiling  forecast × (1 + corridor / 100); null without a forecast
 * @param bonusThreshold null when the item has no bonus (then bonus rate and cap are null too)
 * @param shortfall      max(0, T − x) or max(0, x − T); exact, never rounded to whole points (scale ≤ 10)
 * @param minSample      the responses a survey KPI needs (KPIS.md {@code min_sample}, 50); null for other KPIs
 * @param smallSample    not measurable because the month's {@code volume} of responses is below {@code minSample}
 */
public record MonthLine(String kpiLabel, Direction direction, BigDecimal numerator, BigDecimal denominator,
                        BigDecimal actual, BigDecimal volume, long minVolume, boolean volumeProtected,
                        BigDecimal offered, BigDecimal volumeCeiling, BigDecimal target, BigDecimal bonusThreshold,
                        BigDecimal malusRate, BigDecimal malusCap, BigDecimal bonusRate, BigDecimal bonusCap,
                        LineStatus status, BigDecimal shortfall, BigDecimal excess, BigDecimal malusPercent,
                        BigDecimal bonusPercent,
                        @Schema(description = "The responses a survey KPI needs (min_sample, " + Kpi.SURVEY_MIN_SAMPLE
                                + "); null for other KPIs")
                        Integer minSample,
                        @Schema(description = "NOT_MEASURABLE because the month's volume of survey responses is below "
                                + "minSample") boolean smallSample) {
}
