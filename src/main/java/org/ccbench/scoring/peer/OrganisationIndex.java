package org.ccbench.scoring.peer;

/**
 * Where each organisation's run starts in an array sorted by organisation, open-addressed on the id itself: a
 * subject's own value is looked up once per figure, and a binary search over every entry was a seventh of ranking a
 * year of 10,000 units.
 */
final class OrganisationIndex {

    private final long[] organisations;
    /** The first position plus one; 0 marks a free slot. */
    private final int[] firsts;
    /** The position after the last. */
    private final int[] ends;
    private final int mask;

    /** @param sortedOrganisations organisation ids in ascending order, each id's positions one after the other */
    OrganisationIndex(long[] sortedOrganisations) {
        int capacity = OpenAddressing.capacity(sortedOrganisations.length, 4);
        organisations = new long[capacity];
        firsts = new int[capacity];
        ends = new int[capacity];
        mask = capacity - 1;
        int slot = -1;
        for (int i = 0; i < sortedOrganisations.length; i++) {
            if (i == 0 || sortedOrganisations[i] != sortedOrganisations[i - 1]) {
                slot = slot(sortedOrganisations[i]);
                while (firsts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                organisations[slot] = sortedOrganisations[i];
                firsts[slot] = i + 1;
            }
            ends[slot] = i + 1;
        }
    }

    /** The organisation's slot here (for {@link #first} and {@link #end}), or -1 if it has no position. */
    int slotOf(long organisationId) {
        int slot = slot(organisationId);
        while (firsts[slot] != 0) {
            if (organisations[slot] == organisationId) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The organisation's first position. */
    int first(int slot) {
        return firsts[slot] - 1;
    }

    /** The position after the organisation's last. */
    int end(int slot) {
        return ends[slot];
    }

    private int slot(long organisationId) {
        return OpenAddressing.slot(organisationId, mask);
    }
}
