package org.ccbench.template;

import java.math.BigDecimal;

/** A composite index such as CSI: weighted mean of scaled item scores (SCORING.md §5.5). */
public record IndexDefinition(String id, Localized name, BigDecimal minWeightCoverage) {
}
