package org.ccbench.scorecard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.normalise.RagStatus;

/**
 * One SLA item over the scorecard's period, rounded for display (SCORING.md §0).
 *
 * @param actual        the period's value, a ratio of sums over its approved months; null without data
 * @param score         the target score 0–100 between floor and target (§1.2); null without floor and target or data,
 *                      and for a small sample
 * @param rag           RED at or below the floor, GREEN at or beyond the target, AMBER between; null like the score
 * @param malusPercent  Σ over the months of the line's malus percent (after the line cap)
 * @param bonusPercent  Σ over the months of the line's bonus percent (after the line cap, before total caps and gate)
 * @param amount        Σ over the months of fee × (bonus − malus) / 100 for this line, before the total caps and the
 *                      gate; the settlement totals apply those
 * @param measuredMonths the months in which the line was measured (not "not measurable")
 * @param waivedMonths  the months in which its malus was waived by the volume corridor
 * @param sample        a survey KPI's responses in the period (summed over its months); null for other KPIs
 * @param minSample     the responses a survey KPI needs (KPIS.md {@code min_sample}); null for other KPIs
 * @param smallSample   fewer responses than {@code minSample}: the actual is shown, but the line is not measurable, has
 *                      no score or RAG and is left out of the quality index and its weight coverage
 */
public record SlaRow(String kpiLabel, Direction direction, BigDecimal actual, BigDecimal floor, BigDecimal target,
                     BigDecimal bonusThreshold, BigDecimal weight, BigDecimal score, RagStatus rag,
                     BigDecimal malusPercent, BigDecimal bonusPercent, BigDecimal amount, int measuredMonths,
                     int waivedMonths,
                     @Schema(description = "A survey KPI's responses in the period, summed over its months; null for "
                             + "other KPIs") BigDecimal sample,
                     @Schema(description = "The responses a survey KPI needs (min_sample, " + Kpi.SURVEY_MIN_SAMPLE
                             + "); null for other KPIs")
                     Integer minSample,
                     @Schema(description = "Fewer responses than minSample: the actual is shown, but the line is not "
                             + "measurable (no score, RAG, bonus or malus) and not in the quality index")
                     boolean smallSample) {
}
