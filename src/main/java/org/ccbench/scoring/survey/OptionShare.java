package org.ccbench.scoring.survey;

import java.math.BigDecimal;
import org.ccbench.scoring.numbers.Rational;

/**
 * One option's line in a {@link ChoiceDistribution} (SCORING.md §5.3).
 *
 * @param code             the option code
 * @param count            respondents who chose (single_choice) or selected (multi_choice) it
 * @param percent          the exact percentage, {@code null} when nobody answered
 * @param displayedPercent the figure to print: for single_choice the largest-remainder whole percentage (the column
 *                         sums to 100), for multi_choice the exact percentage rounded half away from zero to 1
 *                         decimal (§0); {@code null} when nobody answered
 */
public record OptionShare(String code, long count, Rational percent, BigDecimal displayedPercent) {
}
