package org.ccbench.kpi.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The month's raw inputs, keyed by field name ({@code total_cost}, {@code offered[phone]}), as exact JSON numbers.
 * They replace the draft's values; a field left out (or null) is not given.
 *
 * @param parameters optional KPI definition parameters ({@code threshold_seconds}, {@code excl_short},
 *                   {@code threshold_hours[email]}, {@code repeat_window_days}, {@code fallout_window_hours}): each
 *                   given one must equal the unit's definition in force for the month, else 422
 *                  ({@code kpi.error.definitionDiffers}); they are checked, never stored as a change
 */
public record DraftRequest(
        @Schema(description = "Raw inputs by field name, e.g. {\"offered[phone]\": 10000, \"total_cost\": 96000}")
        Map<String, BigDecimal> values,
        @Schema(description = "Optional: the KPI definitions the figures were measured with, e.g. "
                + "{\"threshold_seconds\": 20}. Each must equal the unit's definition in force for the month "
                + "(GET /units/{unitId}/definitions/{period}), else 422 with code kpi.error.definitionDiffers. "
                + "Definitions are set by the client on the unit's KPI definitions page, never through submitted data.",
                nullable = true)
        Map<String, BigDecimal> parameters) {

    /** Inputs only, no definitions given. */
    public DraftRequest(Map<String, BigDecimal> values) {
        this(values, null);
    }
}
