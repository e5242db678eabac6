package org.ccbench.scoring.peer;

import org.ccbench.scoring.numbers.Rational;

/** n, P25, median and P75 (type 7) of a peer cell, as in {@link PeerStatistics} but without the mean and the tails. */
public record PeerQuartiles(int n, Rational p25, Rational median, Rational p75) {
}
