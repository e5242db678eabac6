package org.ccbench.scoring.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.normalise.PercentRank;
import org.ccbench.scoring.numbers.Rational;

/**
 * Picks the peer cell for a subject and computes what may be shown there (SCORING.md §2.2–§2.4): the exact cell, or
 * the first fallback (size = all, sector = all, sourcing = all) holding at least {@code min_n} distinct organisations,
 * counting the subject's own organisation when it has an observation in the cell (A1). Only observations with the
 * subject's peer-key parameters take part, so a 30-s SL unit is never compared with 20-s peers.
 */
public record PeerCellSelector(int minN) {

    public static final int DEFAULT_MIN_N = 5;

    public PeerCellSelector {
        if (minN < 2) {
            throw new IllegalArgumentException("min_n must be at least 2: " + minN);
        }
    }

    public static PeerCellSelector withDefaults() {
        return new PeerCellSelector(DEFAULT_MIN_N);
    }

    /**
     * @param observations the eligible observations of the KPI and period (any peer keys; others are ignored)
     * @param direction    the KPI's direction; a neutral KPI gets statistics but no percent rank
     */
    public PeerResult select(PeerSubject subject, Collection<Observation> observations, Direction direction) {
        List<Observation> comparable = observations.stream()
                .filter(observation -> observation.peerKey().equals(subject.peerKey())).toList();
        for (PeerCell cell : PeerCell.fallbacks(subject)) {
            Map<Long, Rational> byOrganisation = valuePerOrganisation(cell, comparable);
            if (byOrganisation.size() >= minN) {
                return comparison(subject, cell, byOrganisation, direction);
            }
        }
        return new PeerResult.InsufficientPeers();
    }

    private static PeerResult comparison(PeerSubject subject, PeerCell cell, Map<Long, Rational> byOrganisation,
            Direction direction) {
        PeerStatistics statistics = PeerStatistics.of(new ArrayList<>(byOrganisation.values()));
        Rational percentRank = null;
        if (direction.isScored() && subject.ownValue() != null) {
            List<Rational> others = byOrganisation.entrySet().stream()
                    .filter(entry -> entry.getKey() != subject.organisationId()).map(Map.Entry::getValue).toList();
            percentRank = PercentRank.ofSubject(subject.ownValue(), others, direction);
        }
        return new PeerResult.Comparison(cell, statistics, percentRank);
    }

    /** One value per organisation in the cell: Σ(value × weight) / Σ weight over its observations there. */
    static Map<Long, Rational> valuePerOrganisation(PeerCell cell, Collection<Observation> observations) {
        Map<Long, Rational[]> sums = new LinkedHashMap<>();
        for (Observation observation : observations) {
            if (cell.contains(observation)) {
                Rational[] sum = sums.computeIfAbsent(observation.organisationId(),
                        id -> new Rational[] {Rational.ZERO, Rational.ZERO});
                sum[0] = sum[0].plus(observation.value().times(observation.weight()));
                sum[1] = sum[1].plus(observation.weight());
            }
        }
        Map<Long, Rational> values = new LinkedHashMap<>();
        sums.forEach((organisation, sum) -> values.put(organisation, sum[0].dividedBy(sum[1])));
        return values;
    }
}
