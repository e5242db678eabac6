package org.ccbench.survey;

import java.math.BigDecimal;

/**
 * One answer option of a choice question, or one scale point of a likert5 or nps0_10 question, in one cell.
 *
 * @param percent single_choice and scale points: whole percentages that sum to 100 (largest remainder);
 *                multi_choice: percentage of respondents with one decimal, not summing to 100
 */
public record OptionLine(String code, String label, long count, BigDecimal percent) {
}
