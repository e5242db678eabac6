package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.Rational;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random peer datasets for the property tests of SCORING.md §2.4: organisations with one or more units in random
 * finest cells (sourcing · sector · size), two SL peer keys, missing values and units without traffic, values from a
 * handful of ties (so cells without spread occur) or spread widely, and min_n from 2 to 8. Every number is drawn from
 * QuickTheories' randomness source, so a failing dataset shrinks to a small one and a fixed seed replays it.
 */
final class PeerDatasets {

    static final List<String> SECTORS = List.of("banking", "insurance", "housing", "zz_own_sector");
    static final List<Map<String, BigDecimal>> PEER_KEYS = List.of(
            PeerKey.normalise(Map.of("threshold_seconds", BigDecimal.valueOf(20))),
            PeerKey.normalise(Map.of("threshold_seconds", BigDecimal.valueOf(30))));

    private PeerDatasets() {
    }

    /** One unit's numerator and denominator in its organisation's finest cell, or a missing value. */
    record Unit(long organisation, SourcingModel sourcing, String sector, SizeBand size, Map<String, BigDecimal> peerKey,
                long numerator, long denominator, boolean missing) {

        List<Object> finestCell() {
            return List.of(organisation, sourcing, sector, size, peerKey);
        }
    }

    /** A dataset with the rules to apply and a seed to shuffle its rows with. */
    record Dataset(int minN, Direction direction, List<Unit> units, long shuffleSeed) {

        int organisations() {
            return (int) units.stream().mapToLong(Unit::organisation).distinct().count();
        }

        PeerAnonymity anonymity() {
            return new PeerAnonymity(minN, PeerAnonymity.DEFAULT_MIN_CLIENTS_PER_VENDOR);
        }

        PeerTable table() {
            return table(units);
        }

        PeerTable table(List<Unit> rows) {
            PeerTable.Builder builder = PeerTable.builder(direction, anonymity());
            for (Unit unit : rows) {
                if (unit.missing()) {
                    builder.addMissing(unit.organisation(), unit.sourcing(), unit.sector(), unit.size(),
                            unit.peerKey());
                } else {
                    builder.add(unit.organisation(), unit.sourcing(), unit.sector(), unit.size(), unit.peerKey(),
                            unit.numerator(), unit.denominator());
                }
            }
            return builder.build();
        }

        List<Unit> shuffled() {
            List<Unit> rows = new ArrayList<>(units);
            Collections.shuffle(rows, new Random(shuffleSeed));
            return rows;
        }

        /**
         * The eligible values counted independently of the table: one observation per organisation and finest cell
         * (its units there summed, weighted by the denominator), none where a unit misses its value or there is no
         * traffic.
         */
        List<Observation> observations() {
            Map<List<Object>, List<Unit>> byCell = new LinkedHashMap<>();
            units.forEach(unit -> byCell.computeIfAbsent(unit.finestCell(), cell -> new ArrayList<>()).add(unit));
            List<Observation> observations = new ArrayList<>();
            byCell.values().forEach(cellUnits -> {
                long denominator = cellUnits.stream().mapToLong(Unit::denominator).sum();
                if (cellUnits.stream().anyMatch(Unit::missing) || denominator <= 0) {
                    return;
                }
                long numerator = cellUnits.stream().mapToLong(Unit::numerator).sum();
                Unit first = cellUnits.getFirst();
                observations.add(new Observation(first.organisation(), first.sourcing(), first.sector(), first.size(),
                        first.peerKey(), Rational.of(numerator, denominator), Rational.of(denominator)));
            });
            return observations;
        }

        /** Every unit as a subject with its own value, and an organisation that is in no cell. */
        List<PeerSubject> subjects() {
            List<PeerSubject> subjects = new ArrayList<>();
            for (Unit unit : units) {
                Rational own = unit.missing() || unit.denominator() == 0 ? null
                        : Rational.of(unit.numerator(), unit.denominator());
                subjects.add(new PeerSubject(unit.organisation(), unit.sourcing(), unit.sector(), unit.size(),
                        unit.peerKey(), own));
            }
            subjects.add(new PeerSubject(-1, SourcingModel.IN_HOUSE, "banking", SizeBand.S, PEER_KEYS.getFirst(),
                    Rational.of(1, 2)));
            return subjects;
        }

        @Override
        public String toString() {
            return "Dataset[min_n " + minN + ", " + direction + ", " + organisations() + " organisations, "
                    + units.size() + " units: " + units + "]";
        }
    }

    /** Datasets of 1 to {@code maxOrganisations} organisations. */
    static Gen<Dataset> datasets(int maxOrganisations) {
        return random -> {
            int minN = (int) random.next(Constraint.between(2, 8).withShrinkPoint(5));
            Direction direction = Direction.values()[(int) random.next(Constraint.between(0, 2))];
            boolean ties = random.next(Constraint.between(0, 1)) == 0;
            boolean oneKey = random.next(Constraint.between(0, 2)) > 0;
            int organisations = (int) random.next(Constraint.between(1, maxOrganisations));
            List<Unit> units = new ArrayList<>();
            for (long organisation = 1; organisation <= organisations; organisation++) {
                int cells = (int) random.next(Constraint.between(1, 3).withShrinkPoint(1));
                for (int cell = 0; cell < cells; cell++) {
                    SourcingModel sourcing = SourcingModel.values()[(int) random.next(Constraint.between(0, 1))];
                    String sector = SECTORS.get((int) random.next(Constraint.between(0, SECTORS.size() - 1)));
                    SizeBand size = SizeBand.values()[(int) random.next(Constraint.between(0, 3))];
                    Map<String, BigDecimal> peerKey = oneKey ? PEER_KEYS.getFirst()
                            : PEER_KEYS.get((int) random.next(Constraint.between(0, 1)));
                    int unitsHere = (int) random.next(Constraint.between(1, 2).withShrinkPoint(1));
                    for (int unit = 0; unit < unitsHere; unit++) {
                        units.add(unit(random, organisation, sourcing, sector, size, peerKey, ties));
                    }
                }
            }
            return new Dataset(minN, direction, List.copyOf(units), random.next(Constraint.none()));
        };
    }

    private static Unit unit(RandomnessSource random, long organisation, SourcingModel sourcing, String sector,
                             SizeBand size, Map<String, BigDecimal> peerKey, boolean ties) {
        boolean missing = random.next(Constraint.between(0, 24).withShrinkPoint(1)) == 0;
        if (random.next(Constraint.between(0, 29).withShrinkPoint(1)) == 0) {
            return new Unit(organisation, sourcing, sector, size, peerKey, 0, 0, missing);
        }
        long numerator;
        long denominator;
        if (ties) {
            denominator = 4;
            numerator = random.next(Constraint.between(0, 4).withShrinkPoint(3)); // 0, 25, 50, 75 or 100 %
        } else {
            denominator = random.next(Constraint.between(1, 1_000));
            numerator = random.next(Constraint.between(0, denominator));
        }
        return new Unit(organisation, sourcing, sector, size, peerKey, numerator, denominator, missing);
    }

    /** The distinct organisations with an observation in the cell. */
    static Set<Long> organisations(List<Observation> observations, PeerCell cell) {
        Set<Long> organisations = new HashSet<>();
        observations.stream().filter(cell::contains).forEach(o -> organisations.add(o.organisationId()));
        return organisations;
    }
}
