package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.ValueRange;
import org.ccbench.scoring.numbers.Rational;
import org.junit.jupiter.api.Test;

/**
 * {@link PeerTable} against the reference {@link PeerCellSelector} on random datasets, each from a fixed seed
 * (reported on failure, so a dataset can be replayed): for every subject, automatically and in a chosen
 * {@link PeerScope} (one per subject, drawn from the seed), the same
 * {@link PeerResult} (cell, statistics, percent rank, "no spread" or insufficient peers), through both
 * {@code resultFor} methods; and the table's A1 + A2 + A6 visibility equal to the selector's
 * ({@link PeerCellSelector#visibility}), its cells holding the organisations counted independently here, with no
 * shown cell below min_n. Datasets mix: several units per organisation and cell, organisations in several cells
 * (in-house and outsourced), two SL peer keys, missing and out-of-range values, zero denominators, ties, decimals, and
 * large values whose doubles coincide while the fractions differ.
 */
class PeerTableEquivalenceTest {

    private static final int DATASETS = 600;
    private static final List<String> SECTORS = List.of("banking", "insurance", "housing", "zz_own_sector");
    private static final List<Map<String, BigDecimal>> PEER_KEYS = List.of(
            Map.of("threshold_seconds", BigDecimal.valueOf(20)), Map.of("threshold_seconds", new BigDecimal("30.0")));
    private static final ValueRange VALID = ValueRange.of(0, 100);

    /** One unit's numerator and denominator in an organisation's finest cell, or a missing value. */
    private record Part(long organisation, SourcingModel sourcing, String sector, SizeBand size,
                        Map<String, BigDecimal> peerKey, BigDecimal numerator, BigDecimal denominator,
                        boolean missing) {

        List<Object> finestCell() {
            return List.of(organisation, sourcing, sector, size, PeerKey.normalise(peerKey));
        }
    }

    private enum Kind { SMALL_TIES, WIDE, NEAR_EQUAL, DECIMALS }

    @Test
    void theTableGivesEverySubjectWhatTheSelectorGivesAndHidesWhatA1AndA2Hide() {
        LongStream.range(0, DATASETS).forEach(PeerTableEquivalenceTest::checkDataset);
    }

    private static void checkDataset(long seed) {
        Random random = new Random(seed);
        Kind kind = Kind.values()[(int) (seed % Kind.values().length)];
        Direction direction = pick(random, Direction.values());
        PeerAnonymity anonymity = new PeerAnonymity(2 + random.nextInt(6), 3);
        boolean ranged = random.nextBoolean();
        List<Part> parts = parts(random, kind);

        PeerTable.Builder builder = PeerTable.builder(direction, anonymity);
        if (ranged) {
            builder.validRange(VALID);
        }
        for (Part part : parts) {
            if (part.missing()) {
                builder.addMissing(part.organisation(), part.sourcing(), part.sector(), part.size(), part.peerKey());
            } else if (kind == Kind.DECIMALS) {
                builder.add(part.organisation(), part.sourcing(), part.sector(), part.size(), part.peerKey(),
                        part.numerator(), part.denominator());
            } else {
                builder.add(part.organisation(), part.sourcing(), part.sector(), part.size(), part.peerKey(),
                        part.numerator().longValueExact(), part.denominator().longValueExact());
            }
        }
        PeerTable table = builder.build();
        List<Observation> observations = observations(parts, ranged);

        PeerCellSelector selector = anonymity.selector();
        Map<Map<String, BigDecimal>, ShownCell> trees = new HashMap<>();
        for (PeerSubject subject : subjects(random, parts, observations)) {
            ShownCell tree = trees.computeIfAbsent(subject.peerKey(), key -> selector.visibility(observations, key));
            PeerResult expected = selector.select(subject, observations, direction, PeerScope.AUTOMATIC, tree);
            PeerResult result = table.resultFor(subject);
            if (result instanceof PeerResult.Comparison comparison
                    && expected instanceof PeerResult.Comparison exact) {
                int decimals = random.nextInt(4);
                // before the equality below computes the table's exact mean
                assertThat(comparison.statistics().mean(decimals)).as("seed %d, %s", seed, subject)
                        .isEqualTo(exact.statistics().mean().toBigDecimal(decimals));
            }
            assertThat(result).as("seed %d, %s", seed, subject).isEqualTo(expected);
            PeerScope scope = pick(random, PeerScope.values()); // one chosen scope per subject keeps the run short
            assertThat(table.resultFor(subject, scope)).as("seed %d, %s, %s", seed, subject, scope)
                    .isEqualTo(selector.select(subject, observations, direction, scope, tree));
            Rational own = subject.ownValue();
            if (kind != Kind.DECIMALS && own != null && own.numerator().bitLength() < Long.SIZE) {
                assertThat(table.resultFor(subject.organisationId(), subject.sourcing(), subject.sector(),
                        subject.size(), subject.peerKey(), own.numerator().longValueExact(),
                        own.denominator().longValueExact())).as("seed %d, %s", seed, subject).isEqualTo(expected);
            }
        }
        for (Map<String, BigDecimal> peerKey : PEER_KEYS) {
            BreakdownCell counted = countedTree(observations, parts, PeerKey.normalise(peerKey));
            ShownCell visibility = table.visibility(peerKey);
            if (counted.organisations() == 0) {
                assertThat(visibility).as("seed %d", seed).isNull();
                continue;
            }
            assertThat(visibility).as("seed %d", seed)
                    .isEqualTo(anonymity.selector().visibility(observations, peerKey));
            assertThat(counts(visibility)).as("seed %d", seed).isEqualTo(counted);
            assertShownCellsHaveMinN(visibility, anonymity.minN(), seed);
        }
    }

    private static List<Part> parts(Random random, Kind kind) {
        List<Part> parts = new ArrayList<>();
        int organisations = 1 + random.nextInt(kind == Kind.WIDE ? 80 : 40);
        boolean oneKey = random.nextBoolean();
        for (long organisation = 1; organisation <= organisations; organisation++) {
            for (int cell = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0); cell > 0; cell--) {
                SourcingModel sourcing = pick(random, SourcingModel.values());
                String sector = pick(random, SECTORS);
                SizeBand size = pick(random, SizeBand.values());
                Map<String, BigDecimal> peerKey = oneKey ? PEER_KEYS.getFirst() : pick(random, PEER_KEYS);
                for (int unit = 1 + (random.nextInt(3) == 0 ? 1 : 0); unit > 0; unit--) {
                    boolean missing = random.nextInt(25) == 0;
                    BigDecimal[] fraction = fraction(random, kind);
                    parts.add(new Part(organisation, sourcing, sector, size, peerKey, fraction[0], fraction[1],
                            missing));
                }
            }
        }
        return parts;
    }

    /** {numerator, denominator}: sometimes 0 traffic, sometimes above 100 (outside the valid range). */
    private static BigDecimal[] fraction(Random random, Kind kind) {
        if (random.nextInt(30) == 0) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        return switch (kind) {
            case SMALL_TIES -> {
                long denominator = pick(random, new Long[] {1L, 2L, 4L, 5L, 10L});
                yield decimals(denominator * (random.nextInt(12) * 10 - 5) / 10, denominator);
            }
            case WIDE -> {
                long denominator = 1 + random.nextInt(1_000_000);
                yield decimals(Math.round(denominator * 110 * random.nextDouble()) - denominator, denominator);
            }
            case NEAR_EQUAL -> {
                // 30/7 + ε / 2^45: the doubles of many of these coincide, the fractions do not
                long scale = 1L << 45;
                yield decimals(30 * scale + random.nextInt(3) - 1, 7 * scale + (random.nextBoolean() ? 0 : 7));
            }
            case DECIMALS -> new BigDecimal[] {
                    BigDecimal.valueOf(random.nextInt(10_000), random.nextInt(3)),
                    BigDecimal.valueOf(1 + random.nextInt(500), random.nextInt(2))};
        };
    }

    private static BigDecimal[] decimals(long numerator, long denominator) {
        return new BigDecimal[] {BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)};
    }

    /** The reference input: one observation per organisation's eligible finest cell, weighted by its denominator. */
    private static List<Observation> observations(List<Part> parts, boolean ranged) {
        Map<List<Object>, List<Part>> byCell = new LinkedHashMap<>();
        parts.forEach(part -> byCell.computeIfAbsent(part.finestCell(), cell -> new ArrayList<>()).add(part));
        List<Observation> observations = new ArrayList<>();
        byCell.values().forEach(cellParts -> {
            if (cellParts.stream().anyMatch(Part::missing)) {
                return;
            }
            BigDecimal numerator = cellParts.stream().map(Part::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal denominator = cellParts.stream().map(Part::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (denominator.signum() <= 0) {
                return;
            }
            Rational value = Rational.of(numerator).dividedBy(Rational.of(denominator));
            if (ranged && !VALID.contains(value)) {
                return;
            }
            Part first = cellParts.getFirst();
            observations.add(new Observation(first.organisation(), first.sourcing(), first.sector(), first.size(),
                    first.peerKey(), value, Rational.of(denominator)));
        });
        return observations;
    }

    /** Every organisation's finest cells with the value of a unit there, another value or a tie, or none; strangers. */
    private static List<PeerSubject> subjects(Random random, List<Part> parts, List<Observation> observations) {
        List<PeerSubject> subjects = new ArrayList<>();
        for (Part part : parts) {
            Rational own = part.denominator().signum() == 0 || random.nextInt(8) == 0 ? null
                    : Rational.of(part.numerator()).dividedBy(Rational.of(part.denominator()));
            if (own != null && !observations.isEmpty() && random.nextInt(4) == 0) {
                own = pick(random, observations).value();
            }
            subjects.add(new PeerSubject(part.organisation(), part.sourcing(), part.sector(), part.size(),
                    part.peerKey(), own));
        }
        subjects.add(new PeerSubject(10_000, SourcingModel.IN_HOUSE, "banking", SizeBand.S, PEER_KEYS.getFirst(),
                Rational.of(50)));
        subjects.add(new PeerSubject(10_001, SourcingModel.OUTSOURCED, "unknown_sector", SizeBand.L,
                PEER_KEYS.getLast(), Rational.of(BigInteger.TWO.pow(70), BigInteger.valueOf(3))));
        subjects.add(new PeerSubject(1, SourcingModel.OUTSOURCED, "housing", SizeBand.M,
                Map.of("threshold_seconds", BigDecimal.valueOf(45)), Rational.of(50)));
        return subjects;
    }

    /** all → sourcing → sectors (§2.2 order, then the others alphabetically) → sizes, organisations counted here. */
    private static BreakdownCell countedTree(List<Observation> observations, List<Part> parts,
                                             Map<String, BigDecimal> peerKey) {
        List<Observation> withKey = observations.stream().filter(o -> o.peerKey().equals(peerKey)).toList();
        List<String> sectors = new ArrayList<>(PeerTable.SECTORS);
        parts.stream().map(Part::sector).distinct().filter(sector -> !sectors.contains(sector)).sorted()
                .forEach(sectors::add);
        List<BreakdownCell> bySourcing = new ArrayList<>();
        for (SourcingModel sourcing : SourcingModel.values()) {
            List<BreakdownCell> bySector = new ArrayList<>();
            for (String sector : sectors) {
                List<BreakdownCell> bySize = new ArrayList<>();
                for (SizeBand size : SizeBand.values()) {
                    addIfAny(bySize, size.name(), organisations(withKey, new PeerCell(sourcing, sector, size)),
                            List.of());
                }
                addIfAny(bySector, sector, organisations(withKey, new PeerCell(sourcing, sector, null)), bySize);
            }
            addIfAny(bySourcing, sourcing.code(), organisations(withKey, new PeerCell(sourcing, null, null)),
                    bySector);
        }
        return new BreakdownCell(PeerCell.ALL, organisations(withKey, new PeerCell(null, null, null)), bySourcing);
    }

    /** Only cells with organisations take part in a breakdown: an empty cell hides nothing. */
    private static void addIfAny(List<BreakdownCell> level, String code, long organisations,
                                 List<BreakdownCell> children) {
        if (organisations > 0) {
            level.add(new BreakdownCell(code, organisations, children));
        }
    }

    private static long organisations(List<Observation> observations, PeerCell cell) {
        Set<Long> organisations = new HashSet<>();
        observations.stream().filter(cell::contains).forEach(o -> organisations.add(o.organisationId()));
        return organisations.size();
    }

    /** The tree's codes and organisations, without visibility. */
    private static BreakdownCell counts(ShownCell cell) {
        return new BreakdownCell(cell.code(), cell.organisations(),
                cell.children().stream().map(PeerTableEquivalenceTest::counts).toList());
    }

    private static void assertShownCellsHaveMinN(ShownCell cell, int minN, long seed) {
        if (cell.isShown()) {
            assertThat(cell.organisations()).as("seed %d, %s", seed, cell.code()).isGreaterThanOrEqualTo(minN);
        }
        cell.children().forEach(child -> assertShownCellsHaveMinN(child, minN, seed));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
