package org.ccbench.scoring.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The KPI anonymity rules of SCORING.md §2.4:
 * <ul>
 * <li>A1: a peer statistic only with ≥ {@code min_n} (default 5) distinct organisations, the viewer's own included
 * when it is in the cell ({@link PeerCellSelector} applies it when choosing the cell);</li>
 * <li>A2: in a breakdown whose total is shown, the suppressed cells of a dimension number at least two and hold at
 * least {@code min_n} organisations together; until they do, the smallest remaining shown cell is suppressed too
 * (ties: the one listed first), see {@link CellRule}; applied level by level by {@link #breakdown(BreakdownNode)};</li>
 * <li>A3: a vendor-level figure only with ≥ {@code min_clients_per_vendor} (default 3) distinct client
 * organisations; vendor names or pseudonyms come from {@link VendorLabels};</li>
 * <li>A4: a member always sees its own units' values, whatever the peer size: {@link #showsOwnValue()} is always
 * true, and nothing here ever hides a subject's own value;</li>
 * <li>A6: a cell whose organisations all report the same value shows "no spread" (n only, no figures) and counts as
 * suppressed for A2 ({@link CellVisibility#NO_SPREAD}).</li>
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

    /**
     * A1 + A2 for one level whose cells share no organisation, distinct organisations per cell in listed order (XS, S,
     * M, L for size bands).
     */
    public List<CellVisibility> breakdown(long[] organisationsPerCell, boolean totalShown) {
        return peerRule().breakdown(organisationsPerCell, totalShown);
    }

    /**
     * A1, A6 and A2 for a breakdown tree, level by level: the root (the total) is shown if it passes A1 and has some
     * spread, and the children of a shown cell are a breakdown whose total is shown. Every cell under a hidden cell is
     * hidden too ({@link CellVisibility#BELOW_MINIMUM} or {@link CellVisibility#COMPLEMENTARY}), since shown children
     * would add up to the hidden cell; under a "no spread" cell, whose n is shown, A2 protects the children's counts.
     */
    public ShownCell breakdown(BreakdownNode total) {
        return withVisibility(total, peerRule().visibility(total.organisations(), total.noSpread()));
    }

    private ShownCell withVisibility(BreakdownNode cell, CellVisibility visibility) {
        List<? extends BreakdownNode> nodes = cell.children();
        List<CellVisibility> childVisibility = nodes.isEmpty() ? List.of()
                : peerRule().breakdown(cell.childCells(), visibility);
        if (!visibility.showsCount()) {
            childVisibility = childVisibility.stream().map(PeerAnonymity::hiddenUnderHiddenParent).toList();
        }
        List<ShownCell> children = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            children.add(withVisibility(nodes.get(i), childVisibility.get(i)));
        }
        return new ShownCell(cell.code(), cell.organisations(), visibility, children);
    }

    private static CellVisibility hiddenUnderHiddenParent(CellVisibility visibility) {
        return visibility.showsCount() ? CellVisibility.COMPLEMENTARY : visibility;
    }
}
