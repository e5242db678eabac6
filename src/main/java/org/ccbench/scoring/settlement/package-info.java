/**
 * SLA bonus/malus of a contract month (SCORING.md §4): SLA items, settlement terms, and the settlement with its
 * lines and totals. Plain Java, exact rationals; amounts rounded to cents half away from zero.
 */
package org.ccbench.scoring.settlement;
