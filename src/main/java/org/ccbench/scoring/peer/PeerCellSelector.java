package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.normalise.PercentRank;
import org.ccbench.scoring.numbers.Rational;

/**
 * Picks the peer cell for a subject and computes what may be shown there (SCORING.md §2.2–§2.4), plainly from the
 * observations: the reference that {@link PeerTable} must equal. Only observations with the subject's peer-key
 * parameters take part, so a 30-s SL unit is never compared with 20-s peers. Their cells form the visibility tree of
 * {@link #visibility} (all → sourcing model → sector → size band, A1 + A2 + A6 by {@link PeerAnonymity}), and a figure
 * is taken only from a cell shown there: the exact cell, or the first fallback (size = all, sector = all, sourcing =
 * all) that is shown, which holds at least {@code min_n} distinct organisations (A1, counting the subject's own
 * organisation when it has an observation in the cell), is not hidden to protect a neighbour (A2) and has some spread
 * (A6).
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
        return select(subject, observations, direction, PeerScope.AUTOMATIC);
    }

    /**
     * The same in the peer group the member chose: the scope's cells in order ({@link PeerScope#cells}), the first one
     * shown in the visibility tree; else the first "no spread" one with its n; else "insufficient peers".
     */
    public PeerResult select(PeerSubject subject, Collection<Observation> observations, Direction direction,
                             PeerScope scope) {
        return select(subject, observations, direction, scope, visibility(observations, subject.peerKey()));
    }

    /**
     * The same with the visibility tree of the subject's peer key already at hand ({@link #visibility} over the same
     * observations), for callers that ask for many subjects.
     */
    public PeerResult select(PeerSubject subject, Collection<Observation> observations, Direction direction,
                             PeerScope scope, ShownCell tree) {
        List<Observation> comparable = observations.stream()
                .filter(observation -> observation.peerKey().equals(subject.peerKey())).toList();
        PeerResult noSpread = null;
        for (PeerCell cell : scope.cells(subject)) {
            ShownCell shown = find(tree, cell);
            if (shown != null && shown.isShown()) {
                return comparison(subject, cell, valuePerOrganisation(cell, comparable), direction);
            }
            if (shown != null && noSpread == null && shown.visibility() == CellVisibility.NO_SPREAD) {
                noSpread = new PeerResult.NoSpread(cell, Math.toIntExact(shown.organisations()));
            }
        }
        return noSpread != null ? noSpread : new PeerResult.InsufficientPeers();
    }

    /**
     * A1 + A2 + A6 over the observations with this peer key: all → sourcing models → sectors (§2.2 order, then other
     * codes alphabetically) → size bands, each cell with the organisations it holds; {@code null} if there are none.
     */
    public ShownCell visibility(Collection<Observation> observations, Map<String, BigDecimal> peerKey) {
        Map<String, BigDecimal> key = PeerKey.normalise(peerKey);
        List<Observation> comparable = observations.stream().filter(o -> o.peerKey().equals(key)).toList();
        if (comparable.isEmpty()) {
            return null;
        }
        List<String> sectors = PeerTable.sectorsInOrder(comparable.stream().map(Observation::sector).toList());
        List<ObservedCell> bySourcing = new ArrayList<>();
        for (SourcingModel sourcing : SourcingModel.values()) {
            List<ObservedCell> bySector = new ArrayList<>();
            for (String sector : sectors) {
                List<ObservedCell> bySize = new ArrayList<>();
                for (SizeBand size : SizeBand.values()) {
                    addIfAny(bySize, size.name(), new PeerCell(sourcing, sector, size), comparable, List.of());
                }
                addIfAny(bySector, sector, new PeerCell(sourcing, sector, null), comparable, bySize);
            }
            addIfAny(bySourcing, sourcing.code(), new PeerCell(sourcing, null, null), comparable, bySector);
        }
        ObservedCell all = new ObservedCell(PeerCell.ALL,
                valuePerOrganisation(new PeerCell(null, null, null), comparable), bySourcing);
        return new PeerAnonymity(minN, PeerAnonymity.DEFAULT_MIN_CLIENTS_PER_VENDOR).breakdown(all);
    }

    private static void addIfAny(List<ObservedCell> level, String code, PeerCell cell, List<Observation> observations,
                                 List<ObservedCell> children) {
        Map<Long, Rational> values = valuePerOrganisation(cell, observations);
        if (!values.isEmpty()) {
            level.add(new ObservedCell(code, values, children));
        }
    }

    /** The cell in the tree, or {@code null} if nobody is in it. */
    private static ShownCell find(ShownCell tree, PeerCell cell) {
        ShownCell found = tree;
        if (found == null) {
            return null;
        }
        List<String> path = new ArrayList<>();
        if (cell.sourcing() != null) {
            path.add(cell.sourcing().code());
            if (cell.sector() != null) {
                path.add(cell.sector());
                if (cell.size() != null) {
                    path.add(cell.size().name());
                }
            }
        }
        for (String code : path) {
            if (found == null) {
                return null;
            }
            found = found.children().stream().filter(child -> child.code().equals(code)).findFirst().orElse(null);
        }
        return found;
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

    /** A cell of the reference tree: each organisation's value in it. */
    private record ObservedCell(String code, Map<Long, Rational> values, List<ObservedCell> children)
            implements BreakdownNode {

        @Override
        public long organisations() {
            return values.size();
        }

        @Override
        public boolean noSpread() {
            return new HashSet<>(values.values()).size() == 1;
        }

        @Override
        public BreakdownCells childCells() {
            return new BreakdownCells() {
                @Override
                public int size() {
                    return children.size();
                }

                @Override
                public long organisations(int cell) {
                    return children.get(cell).organisations();
                }

                @Override
                public long organisationsIn(BitSet cells) {
                    Set<Long> organisations = new HashSet<>();
                    cells.stream().forEach(cell -> organisations.addAll(children.get(cell).values().keySet()));
                    return organisations.size();
                }

                @Override
                public boolean noSpread(int cell) {
                    return children.get(cell).noSpread();
                }

                @Override
                public boolean noSpreadIn(BitSet cells) {
                    Set<Rational> values = new HashSet<>();
                    cells.stream().forEach(cell -> values.addAll(children.get(cell).values().values()));
                    return values.size() == 1;
                }
            };
        }
    }
}
