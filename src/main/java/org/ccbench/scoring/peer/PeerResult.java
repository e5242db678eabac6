package org.ccbench.scoring.peer;

import org.ccbench.scoring.numbers.Rational;

/** What a benchmark figure shows: a comparison in the cell actually used, or "insufficient peers" (§2.2). */
public sealed interface PeerResult {

    /**
     * @param cell        the cell used, to be printed above the figure ({@link PeerCell#label(int)})
     * @param percentRank the subject's mid-rank percent rank (§1.1), {@code null} for a neutral KPI or no own value
     */
    record Comparison(PeerCell cell, PeerStatistics statistics, Rational percentRank) implements PeerResult {

        public String label() {
            return cell.label(statistics.n());
        }
    }

    /** Not even the widest cell holds {@code min_n} organisations. */
    record InsufficientPeers() implements PeerResult {
    }
}
