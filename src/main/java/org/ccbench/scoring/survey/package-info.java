/**
 * Survey scoring of SCORING.md §5 with the survey anonymity rules of §2.4 (A2, A3, A5): Likert and NPS summaries,
 * choice distributions with largest-remainder percentages, number statistics, the template-defined satisfaction
 * index (CSI), cell suppression and vendor pseudonyms.
 *
 * <p>Everything here takes plain data (counts, {@link org.ccbench.scoring.survey.Answer answers}, small input
 * records) and computes exactly, with {@link org.ccbench.scoring.numbers.Rational} or {@link java.math.BigDecimal};
 * nothing is rounded except by {@link org.ccbench.scoring.numbers.Display} (SCORING.md §0).
 */
package org.ccbench.scoring.survey;
