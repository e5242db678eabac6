package org.ccbench.benchmark.api;

/**
 * A benchmarked KPI label with its name in the reader's language and how its values read.
 *
 * @param label     {@code SL[phone]}, {@code CSAT}, {@code VMX[eliminate]}: what the figure endpoints take as
 *                  {@code kpi}
 * @param direction {@code higher_is_better}, {@code lower_is_better} or {@code neutral} (no percentile rank)
 */
record ApiKpi(String label, String name, String unit, int decimals, String direction) {
}
