package org.ccbench.scoring.peer;

/** The sizing and slots of the peer table's open-addressed indexes ({@link OrganisationIndex}, the builder's). */
final class OpenAddressing {

    private OpenAddressing() {
    }

    /** A power of two that holds {@code entries} (at least {@code minimum}) at most half full. */
    static int capacity(int entries, int minimum) {
        return Integer.highestOneBit(Math.max(minimum, entries) * 2 - 1) * 2;
    }

    /** The first slot to try for a key, its bits spread by the golden ratio (Fibonacci hashing). */
    static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
