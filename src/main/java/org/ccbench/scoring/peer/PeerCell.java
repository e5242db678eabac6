package org.ccbench.scoring.peer;

import java.util.List;
import org.ccbench.scoring.SizeBand;

/**
 * A peer cell key of SCORING.md §2.2 (period, KPI, channel and peer-key parameters are fixed by the caller); a
 * {@code null} dimension means {@code all}.
 */
public record PeerCell(SourcingModel sourcing, String sector, SizeBand size) {

    public static final String ALL = "all";

    /** The cells tried for a subject, §2.2: exact, then size = all, then sector = all, then sourcing = all. */
    public static List<PeerCell> fallbacks(PeerSubject subject) {
        return List.of(new PeerCell(subject.sourcing(), subject.sector(), subject.size()),
                new PeerCell(subject.sourcing(), subject.sector(), null),
                new PeerCell(subject.sourcing(), null, null),
                new PeerCell(null, null, null));
    }

    public boolean contains(Observation observation) {
        return (sourcing == null || sourcing == observation.sourcing())
                && (sector == null || sector.equals(observation.sector()))
                && (size == null || size == observation.size());
    }

    /** {@code in_house}, {@code outsourced} or {@code all}. */
    public String sourcingCode() {
        return sourcing == null ? ALL : sourcing.code();
    }

    /** The sector code or {@code all}. */
    public String sectorCode() {
        return sector == null ? ALL : sector;
    }

    /** {@code XS}, {@code S}, {@code M}, {@code L} or {@code all}. */
    public String sizeCode() {
        return size == null ? ALL : size.name();
    }

    /** The English label of §2.2 for logs and tests, e.g. "outsourced · all sectors · all sizes (n = 12)". */
    public String label(int n) {
        return sourcingCode().replace('_', '-') + " · " + (sector == null ? "all sectors" : sector) + " · "
                + (size == null ? "all sizes" : size.name()) + " (n = " + n + ")";
    }
}
