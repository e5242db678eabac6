package org.ccbench.survey;

import java.math.BigDecimal;

/**
 * Invitations and submissions of a campaign or one of its segments.
 *
 * @param percent submitted as a percentage of invited, one decimal; null when nobody was invited
 */
public record ResponseRate(String segment, int invited, int submitted, BigDecimal percent) {
}
