package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Peer-key parameters (KPIS.md "Parameters", SCORING.md §2.2) compared by value: 20 and 20.0 s are the same key. */
final class PeerKey {

    private PeerKey() {
    }

    /** A sorted, unmodifiable copy with trailing zeros stripped, so that {@code equals} compares values. */
    static Map<String, BigDecimal> normalise(Map<String, BigDecimal> parameters) {
        Map<String, BigDecimal> normalised = new TreeMap<>();
        parameters.forEach((name, value) -> normalised.put(name, value.stripTrailingZeros()));
        return Collections.unmodifiableMap(normalised);
    }
}
