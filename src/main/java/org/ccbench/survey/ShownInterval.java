package org.ccbench.survey;

import java.math.BigDecimal;

/** A figure's 95 % confidence interval (SCORING.md §5.7), rounded as the figure is. */
public record ShownInterval(BigDecimal lower, BigDecimal upper) {
}
