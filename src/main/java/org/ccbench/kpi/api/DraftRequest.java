package org.ccbench.kpi.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The month's raw inputs, keyed by field name ({@code total_cost}, {@code offered[phone]}), as exact JSON numbers.
 * They replace the draft's values; a field left out (or null) is not given.
 */
public record DraftRequest(Map<String, BigDecimal> values) {
}
