/**
 * SLA bonus/malus of a contract month (SCORING.md §4): SLA items, settlement terms, and the settlement with its
 * lines and totals. A line without a value, below its {@code min_volume}, or of a survey KPI on fewer than its
 * {@code min_sample} responses is not measurable. Plain Java, exact rationals; amounts rounded to cents half away from
 * zero.
 */
package org.ccbench.scoring.settlement;
