package org.ccbench.scoring.peer;

import org.ccbench.scoring.numbers.Rational;

/**
 * What a benchmark figure shows: a comparison in the cell actually used, "no spread" there, or "insufficient peers"
 * (§2.2, §2.4).
 */
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

    /**
     * A6: the cell holds enough organisations but every one reports the same value, so its quartiles, mean and the
     * subject's percent rank would disclose each one's value: only the cell and its n are shown.
     */
    record NoSpread(PeerCell cell, int n) implements PeerResult {

        public String label() {
            return cell.label(n);
        }
    }

    /** No cell the subject may use holds {@code min_n} organisations and is shown (A1, A2). */
    record InsufficientPeers() implements PeerResult {
    }
}
