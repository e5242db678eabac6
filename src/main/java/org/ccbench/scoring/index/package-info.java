/**
 * Indices and value for money, SCORING.md §3: the quality index Q and cost index C as weighted means of normalised
 * scores with a weight-coverage rule, VfM = αQ + (1 − α)C, the informational Q / CPC, and the VfM ranking. Weights,
 * floors, targets and α live in a {@link org.ccbench.scoring.index.ScoringProfile}.
 */
package org.ccbench.scoring.index;
