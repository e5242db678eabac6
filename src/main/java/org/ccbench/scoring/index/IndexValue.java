package org.ccbench.scoring.index;

import org.ccbench.scoring.numbers.Rational;

/**
 * A weighted index (SCORING.md §3.1/§3.2) with its weight coverage = Σ available weights / Σ all weights.
 *
 * @param value    the index, {@code null} ("insufficient data") when coverage is below the profile's minimum
 * @param coverage between 0 and 1
 */
public record IndexValue(Rational value, Rational coverage) {

    public boolean hasValue() {
        return value != null;
    }
}
