package org.ccbench.survey;

/**
 * One column of every result table of a campaign: the total or one breakdown cell.
 *
 * @param key   stable within the campaign: {@code total}, {@code IN_HOUSE}, {@code vendor-A}, an option code …
 * @param label what readers see, in their language; vendors appear under a pseudonym unless the campaign names them
 */
public record ResultColumn(BreakdownKind kind, String key, String label) {
}
