package org.ccbench.scoring.peer;

import java.util.List;

/**
 * The peer group a member asks for (issue 5: "peer filters"). {@link #AUTOMATIC} is SCORING.md §2.2: the exact cell,
 * widened step by step until it holds {@code min_n} organisations. Every other scope is one fixed cell the member
 * chose; it is never widened, so it either holds enough organisations or shows "insufficient peers".
 */
public enum PeerScope {
    /** The closest cell with enough organisations (§2.2 fallback). */
    AUTOMATIC,
    /** The subject's sourcing model and sector, all sizes. */
    SECTOR_ALL_SIZES,
    /** The subject's sourcing model, all sectors and sizes. */
    SOURCING_ALL_SECTORS,
    /** In-house operations of every sector and size. */
    IN_HOUSE,
    /** Outsourced contracts of every sector and size. */
    OUTSOURCED,
    /** Every organisation. */
    EVERYONE;

    /** The cells to try for the subject, in order. */
    public List<PeerCell> cells(PeerSubject subject) {
        return switch (this) {
            case AUTOMATIC -> PeerCell.fallbacks(subject);
            case SECTOR_ALL_SIZES -> List.of(new PeerCell(subject.sourcing(), subject.sector(), null));
            case SOURCING_ALL_SECTORS -> List.of(new PeerCell(subject.sourcing(), null, null));
            case IN_HOUSE -> List.of(new PeerCell(SourcingModel.IN_HOUSE, null, null));
            case OUTSOURCED -> List.of(new PeerCell(SourcingModel.OUTSOURCED, null, null));
            case EVERYONE -> List.of(new PeerCell(null, null, null));
        };
    }

    /** {@code automatic}, {@code sector_all_sizes}, … for translation keys and URLs. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
