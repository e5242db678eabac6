package org.ccbench.scoring.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The KPI anonymity rules of SCORING.md §2.4:
 * <ul>
 * <li>A1: a peer statistic only with ≥ {@code min_n} (default 5) distinct organisations, the viewer's own included
 * when it is in the cell ({@link PeerCellSelector} applies it when choosing the cell);</li>
 * <li>A2: in a breakdown whose total is shown, exactly one hidden cell takes the smallest remaining cell with it
 * (ties: the one listed first), applied level by level by {@link #breakdown(BreakdownCell)};</li>
 * <li>A3: a vendor-level figure only with ≥ {@code min_clients_per_vendor} (default 3) distinct client
 * organisations; vendor names or pseudonyms come from {@link VendorLabels};</li>
 * <li>A4: a member always sees its own units' values, whatever the peer size: {@link #showsOwnValue()} is always
 * true, and nothing here ever hides a subject's own value.</li>
 * </ul>
 */
public record PeerAnonymity(int minN, int minClientsPerVendor) {

    public static final int DEFAULT_MIN_CLIENTS_PER_VENDOR = 3;

    public PeerAnonymity {
        if (minN < 2 || minClientsPerVendor < 1) {
            throw new IllegalArgumentException("min_n must be ≥ 2 and min_clients_per_vendor ≥ 1: " + minN + ", "
                    + minClientsPerVendor);
        }
    }

    public static PeerAnonymity defaults() {
        return new PeerAnonymity(PeerCellSelector.DEFAULT_MIN_N, DEFAULT_MIN_CLIENTS_PER_VENDOR);
    }

    /** The A1 rule. */
    public CellRule peerRule() {
        return new CellRule(minN);
    }

    /** The A3 rule. */
    public CellRule vendorRule() {
        return new CellRule(minClientsPerVendor);
    }

    /** The cell selector that applies A1. */
    public PeerCellSelector selector() {
        return new PeerCellSelector(minN);
    }

    /** A3: whether a vendor-level figure with these contributing client organisations (duplicates allowed) shows. */
    public boolean showsVendorFigure(Collection<?> clientOrganisationIds) {
        return vendorRule().shows(clientOrganisationIds);
    }

    /** A4: a member's own values are always shown. */
    public boolean showsOwnValue() {
        return true;
    }

    /** A1 + A2 for one level, distinct organisations per cell in listed order (XS, S, M, L for size bands). */
    public List<CellVisibility> breakdown(long[] organisationsPerCell, boolean totalShown) {
        return peerRule().breakdown(organisationsPerCell, totalShown);
    }

    /**
     * A1 + A2 for a breakdown tree, level by level: the root (the total) is shown if it passes A1, and the children
     * of a shown cell are a breakdown whose total is shown. Every cell under a hidden cell is hidden too (as
     * {@link CellVisibility#BELOW_MINIMUM} or {@link CellVisibility#COMPLEMENTARY}), since shown children would add
     * up to the hidden cell.
     */
    public ShownCell breakdown(BreakdownCell total) {
        CellVisibility visibility = peerRule().shows(total.organisations()) ? CellVisibility.SHOWN
                : CellVisibility.BELOW_MINIMUM;
        return withVisibility(total, visibility);
    }

    private ShownCell withVisibility(BreakdownCell cell, CellVisibility visibility) {
        long[] counts = cell.children().stream().mapToLong(BreakdownCell::organisations).toArray();
        List<CellVisibility> childVisibility = visibility.isShown() ? breakdown(counts, true)
                : breakdown(counts, false).stream().map(PeerAnonymity::hiddenUnderHiddenParent).toList();
        List<ShownCell> children = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            children.add(withVisibility(cell.children().get(i), childVisibility.get(i)));
        }
        return new ShownCell(cell.code(), cell.organisations(), visibility, children);
    }

    private static CellVisibility hiddenUnderHiddenParent(CellVisibility visibility) {
        return visibility.isShown() ? CellVisibility.COMPLEMENTARY : visibility;
    }
}
