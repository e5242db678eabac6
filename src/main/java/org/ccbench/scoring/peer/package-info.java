/**
 * Peer groups and anonymity for KPI benchmarks, SCORING.md §2: organisation-level {@link
 * org.ccbench.scoring.peer.Observation observations}, peer cells with the fallback order of §2.2, the statistics of
 * §2.3 and the anonymity rules A1–A4 and A6 of §2.4 (A5 for surveys lives in {@code scoring.survey} and reuses
 * {@link org.ccbench.scoring.peer.CellRule}).
 */
package org.ccbench.scoring.peer;
