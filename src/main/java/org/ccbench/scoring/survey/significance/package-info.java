/**
 * 95 % confidence intervals and significance tests for survey figures (SCORING.md §5.7): Wilson score intervals for
 * shares, Student's t intervals for means, the adjusted-Wald interval of Rocks (2016) for the NPS, and for two
 * independent groups Newcombe's hybrid score interval (shares), Welch's t interval (means) and the adjusted-Wald
 * difference of two NPS. A difference counts as significant at 95 % when its interval excludes 0.
 *
 * <p>Square roots and quantiles are binary floating point (SCORING.md §0 allows it, compared at 1e-9); the sample
 * moments they start from are exact. Intervals are rounded only for display.
 */
package org.ccbench.scoring.survey.significance;
