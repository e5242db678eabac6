/**
 * Normalising a KPI value to a 0–100 score, SCORING.md §1: the peer-relative mid-rank percent rank (§1.1), the
 * contract-relative target score with its RAG status (§1.2) and the lowest-ratio cost score (§1.3). Exact
 * ({@link org.ccbench.scoring.numbers.Rational}); a {@code null} value gives a {@code null} score (§0).
 */
package org.ccbench.scoring.normalise;
