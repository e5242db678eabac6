package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.kpi.ValueRange;
import org.ccbench.scoring.numbers.Rational;

/**
 * The peer figures of one KPI (one channel or quadrant of it) and one period for every subject at once, SCORING.md
 * §2: built once from every organisation's values in its finest cells (sourcing · sector · size band), it holds every
 * peer cell that exists, the exact cells and all their fallbacks down to all · all · all, each with its distinct
 * organisations and their values, per peer key (SL at 20 s and at 30 s never mix). An organisation's value in a wider
 * cell is the ratio of sums over its finest cells inside it: numerators and denominators are added, values never
 * averaged. {@link #visibility(Map)} is the A1 + A2 + A6 visibility of the breakdowns (sourcing models within all,
 * sectors within a sourcing model, size bands within a sector) by {@link PeerAnonymity}'s rules, and every peer figure
 * handed out comes from a cell that is shown there: {@link #resultFor(PeerSubject)} falls back past cells that A2
 * hides or that have no spread, and a chosen scope ({@link #resultFor(PeerSubject, PeerScope)}) that is hidden gives
 * "insufficient peers". So no scope a member can choose, subtracted from another, discloses a group that a breakdown
 * hides (e.g. all organisations minus the outsourced ones, when in-house is hidden). Both give what
 * {@link PeerCellSelector#select} gives for the same observations.
 *
 * <p>Values are held as fractions of {@code long}s: counts fit, sums are overflow-checked ({@link ArithmeticException}
 * beyond ±9.2 × 10^18), and sorting and ranking compare fractions by 128-bit cross-multiplication. Decimal inputs
 * (euros with cents) are held as longs at the table's scale, the most decimals any numerator (and any denominator)
 * had, so 12.5 and 3.25 are 1250 and 325 hundredths; a value that does not fit a long at that scale is refused with
 * an {@link ArithmeticException}. {@link Rational}s are built only for the figures handed out, and a cell's statistics
 * when first asked for (then kept).
 */
public final class PeerTable {

    /** The sectors of §2.2 in listed order, which A2 uses to break ties; other sector codes follow alphabetically. */
    public static final List<String> SECTORS = List.of("energy_utilities", "telecom_media", "banking", "insurance",
            "public_sector", "healthcare", "housing", "retail_ecommerce", "travel_transport", "business_services",
            "other");

    static final PeerResult INSUFFICIENT_PEERS = new PeerResult.InsufficientPeers();
    /**
     * Room in a map keyed by sector code: with HashMap's default 16 buckets three of {@link #SECTORS} share one, and
     * with 256 none do. A table looks a sector up once per value added and once per figure: the chains were 6 % of a
     * year of peer figures.
     */
    private static final int SECTOR_MAP_CAPACITY = 256;
    private static final int SOURCING_MODELS = SourcingModel.values().length;
    private static final int SIZE_BANDS = SizeBand.values().length;

    private final Map<Map<String, BigDecimal>, PeerKeyCells> byPeerKey;
    /**
     * The peer key last asked for, as the caller gave it, and its cells: callers ask for one constant key again and
     * again, and hashing and comparing a map for each figure was a tenth of ranking a year of units.
     */
    private volatile LastKey lastKey;
    private final int numeratorScale;
    private final int denominatorScale;

    private PeerTable(Map<Map<String, BigDecimal>, PeerKeyCells> byPeerKey, int numeratorScale,
                      int denominatorScale) {
        this.byPeerKey = byPeerKey;
        this.numeratorScale = numeratorScale;
        this.denominatorScale = denominatorScale;
    }

    /**
     * @param direction the KPI's direction; a neutral KPI gets statistics but no percent rank
     * @param anonymity min_n for the cell choice (A1) and the rules of the breakdowns (A1 + A2)
     */
    public static Builder builder(Direction direction, PeerAnonymity anonymity) {
        return new Builder(direction, anonymity);
    }

    /** The peer keys that have at least one organisation. */
    public Set<Map<String, BigDecimal>> peerKeys() {
        return byPeerKey.keySet();
    }

    /**
     * The subject's figure, equal to {@link PeerCellSelector#select} over the table's observations: its exact cell or
     * the first fallback that is shown in the A1 + A2 + A6 visibility tree of its peer key (≥ min_n organisations, not
     * hidden to protect a neighbouring cell, some spread), and the percent rank of its own value among the other
     * organisations there; if none is shown, the first "no spread" cell with its n; "insufficient peers" otherwise.
     */
    public PeerResult resultFor(PeerSubject subject) {
        PeerKeyCells cells = cellsOf(subject.peerKey());
        if (cells == null) {
            return INSUFFICIENT_PEERS;
        }
        return cells.resultFor(subject.organisationId(), subject.sourcing(),
                cells.finest(subject.sourcing(), subject.sector(), subject.size()), ownValue(subject));
    }

    /**
     * The subject's figure in the peer group the member chose: {@link PeerScope#AUTOMATIC} is
     * {@link #resultFor(PeerSubject)}; any other scope is its one cell, never widened, and shown only when the
     * visibility tree shows it ("no spread" with its n when A6 hides its figures, "insufficient peers" when A1 or A2
     * hides it); equal to {@link PeerCellSelector#select(PeerSubject, java.util.Collection,
     * org.ccbench.scoring.kpi.Direction, PeerScope)}.
     */
    public PeerResult resultFor(PeerSubject subject, PeerScope scope) {
        if (scope == PeerScope.AUTOMATIC) {
            return resultFor(subject);
        }
        PeerKeyCells cells = cellsOf(subject.peerKey());
        if (cells == null) {
            return INSUFFICIENT_PEERS;
        }
        return cells.resultIn(scope.cells(subject).getFirst(), subject.organisationId(), ownValue(subject));
    }

    private PeerKeyCells.OwnValue ownValue(PeerSubject subject) {
        Rational own = subject.ownValue();
        return own == null ? null : PeerKeyCells.OwnValue.of(
                own.numerator().multiply(BigInteger.TEN.pow(numeratorScale)),
                own.denominator().multiply(BigInteger.TEN.pow(denominatorScale)));
    }

    /**
     * {@link #resultFor(PeerSubject)} for a subject whose own value is the fraction of two counts (no decimals),
     * without building a {@link Rational}; {@code ownDenominator} 0 means no own value.
     */
    public PeerResult resultFor(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                                Map<String, BigDecimal> peerKey, long ownNumerator, long ownDenominator) {
        PeerKeyCells cells = cellsOf(peerKey);
        if (cells == null) {
            return INSUFFICIENT_PEERS;
        }
        PeerKeyCells.OwnValue own = null;
        if (ownDenominator != 0) {
            own = numeratorScale == 0 && denominatorScale == 0 && ownDenominator > 0
                    ? PeerKeyCells.OwnValue.of(ownNumerator, ownDenominator)
                    : PeerKeyCells.OwnValue.of(
                            BigInteger.valueOf(ownNumerator).multiply(BigInteger.TEN.pow(numeratorScale))
                                    .multiply(BigInteger.valueOf(Long.signum(ownDenominator))),
                            BigInteger.valueOf(ownDenominator).abs().multiply(BigInteger.TEN.pow(denominatorScale)));
        }
        return cells.resultFor(organisationId, sourcing, cells.finest(sourcing, sector, size), own);
    }

    /** The distinct organisations in a cell (0 for a cell nobody is in). */
    public int organisations(PeerCell cell, Map<String, BigDecimal> peerKey) {
        PeerKeyCells cells = cellsOf(peerKey);
        int index = cells == null ? -1 : cells.cellOf(cell);
        return index < 0 ? 0 : cells.organisations(index);
    }

    /**
     * A cell's visibility in {@link #visibility(Map)}: {@link CellVisibility#BELOW_MINIMUM} for a cell nobody is in.
     */
    public CellVisibility visibility(PeerCell cell, Map<String, BigDecimal> peerKey) {
        PeerKeyCells cells = cellsOf(peerKey);
        return cells == null ? CellVisibility.BELOW_MINIMUM : cells.visibilityOf(cell);
    }

    /**
     * §2.3 for a cell, whatever its n and spread: show it only where {@link #visibility(PeerCell, Map)} is
     * {@link CellVisibility#SHOWN}; {@code null} for an empty cell.
     */
    public PeerStatistics statistics(PeerCell cell, Map<String, BigDecimal> peerKey) {
        PeerKeyCells cells = cellsOf(peerKey);
        int index = cells == null ? -1 : cells.cellOf(cell);
        return index < 0 || cells.organisations(index) == 0 ? null : cells.statistics(index);
    }

    /**
     * {@link #statistics(PeerCell, Map)} without the mean and the tails, much cheaper for wide cells; {@code null} for
     * an empty cell. Show it only where the cell is shown.
     */
    public PeerQuartiles quartiles(PeerCell cell, Map<String, BigDecimal> peerKey) {
        PeerKeyCells cells = cellsOf(peerKey);
        int index = cells == null ? -1 : cells.cellOf(cell);
        return index < 0 || cells.organisations(index) == 0 ? null : cells.quartiles(index);
    }

    /**
     * A1 + A2 + A6 for the breakdowns of one peer key: the root is all · all · all, its children the sourcing models
     * ({@code in_house}, {@code outsourced}), theirs the sectors ({@link #SECTORS} order) and theirs the size bands
     * (XS, S, M, L); see {@link PeerAnonymity#breakdown(BreakdownNode)}. {@code null} for a peer key nobody has.
     */
    public ShownCell visibility(Map<String, BigDecimal> peerKey) {
        PeerKeyCells cells = cellsOf(peerKey);
        return cells == null ? null : cells.visibility();
    }

    /** The sectors in peer order: all of {@link #SECTORS} in its order, then the other codes given alphabetically. */
    static List<String> sectorsInOrder(Collection<String> sectorCodes) {
        List<String> sectors = new ArrayList<>(SECTORS);
        new TreeSet<>(sectorCodes).stream().filter(code -> !SECTORS.contains(code)).forEach(sectors::add);
        return sectors;
    }

    /** A map keyed by sector code, sized for lookups without collisions between the listed sectors. */
    static <V> Map<String, V> sectorMap() {
        return new HashMap<>(SECTOR_MAP_CAPACITY);
    }

    /** A peer key as given (e.g. a constant {@code Map.of}), normalised only if it is not found as it is. */
    private PeerKeyCells cellsOf(Map<String, BigDecimal> peerKey) {
        LastKey last = lastKey;
        if (last != null && last.peerKey() == peerKey) {
            return last.cells();
        }
        PeerKeyCells cells = byPeerKey.get(peerKey);
        if (cells == null && !peerKey.isEmpty()) {
            cells = byPeerKey.get(PeerKey.normalise(peerKey));
        }
        lastKey = new LastKey(peerKey, cells);
        return cells;
    }

    private record LastKey(Map<String, BigDecimal> peerKey, PeerKeyCells cells) {
    }

    /**
     * Collects the values. Several values for one organisation's finest cell (its units there) are summed; a missing
     * one ({@link #addMissing}) leaves the organisation out of that cell, as a missing input does in a sum of inputs.
     */
    public static final class Builder {

        private static final int GIVEN_KEYS_KEPT = 8;
        private static final int MIN_CAPACITY = 64;

        private final Direction direction;
        private final PeerAnonymity anonymity;
        /** Each sector code's number, in the order first given. */
        private final Map<String, Integer> sectorNumbers = sectorMap();
        private final Map<Map<String, BigDecimal>, Entries> byPeerKey = new HashMap<>();
        private final List<Map<String, BigDecimal>> givenKeys = new ArrayList<>();
        private final List<Entries> givenEntries = new ArrayList<>();
        private ValueRange validRange;
        private boolean plainSum;
        private int expected = MIN_CAPACITY;
        private boolean built;
        private int numeratorScale;
        private int denominatorScale;
        private Map<String, BigDecimal> lastPeerKey;
        private Entries lastEntries;

        private Builder(Direction direction, PeerAnonymity anonymity) {
            this.direction = direction;
            this.anonymity = anonymity;
        }

        /**
         * Leaves out every organisation whose value in a finest cell lies outside the range (SCORING.md §2.1: only
         * values inside the {@code valid_range} are eligible). A wider cell's values then lie inside it too.
         */
        public Builder validRange(ValueRange range) {
            this.validRange = range;
            return this;
        }

        /**
         * Makes an organisation's value in a cell the plain sum of its numerators, denominators ignored: KPIS.md's
         * exception for VOL, whose formula divides by 1 per unit.
         */
        public Builder plainSum() {
            this.plainSum = true;
            return this;
        }

        /**
         * Sizes the builder for about this many values, so that it does not grow step by step (a hint: more or fewer
         * values are fine).
         */
        public Builder expecting(int values) {
            this.expected = Math.max(MIN_CAPACITY, values);
            return this;
        }

        /** Adds counts (no decimals) to an organisation's value in a finest cell. */
        public Builder add(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                           Map<String, BigDecimal> peerKey, long numerator, long denominator) {
            Entries entries = entries(peerKey);
            int entry = entries.entry(organisationId, finest(sourcing, sector, size));
            long scaledNumerator = numeratorScale == 0 ? numerator
                    : Math.multiplyExact(numerator, BigInteger.TEN.pow(numeratorScale).longValueExact());
            long scaledDenominator = denominatorScale == 0 ? denominator
                    : Math.multiplyExact(denominator, BigInteger.TEN.pow(denominatorScale).longValueExact());
            entries.numerator[entry] = Math.addExact(entries.numerator[entry], scaledNumerator);
            entries.denominator[entry] = Math.addExact(entries.denominator[entry], scaledDenominator);
            return this;
        }

        /** Adds decimals (costs in euros with cents) to an organisation's value in a finest cell. */
        public Builder add(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                           Map<String, BigDecimal> peerKey, BigDecimal numerator, BigDecimal denominator) {
            rescale(Math.max(numeratorScale, numerator.scale()), Math.max(denominatorScale, denominator.scale()));
            Entries entries = entries(peerKey);
            int entry = entries.entry(organisationId, finest(sourcing, sector, size));
            entries.numerator[entry] = Math.addExact(entries.numerator[entry],
                    numerator.setScale(numeratorScale).unscaledValue().longValueExact());
            entries.denominator[entry] = Math.addExact(entries.denominator[entry],
                    denominator.setScale(denominatorScale).unscaledValue().longValueExact());
            return this;
        }

        /** The organisation has no value in this finest cell (e.g. an input missing in one of its units there). */
        public Builder addMissing(long organisationId, SourcingModel sourcing, String sector, SizeBand size,
                                  Map<String, BigDecimal> peerKey) {
            Entries entries = entries(peerKey);
            int entry = entries.entry(organisationId, finest(sourcing, sector, size));
            entries.missing[entry] = true;
            return this;
        }

        /** The table; a builder builds once. */
        public PeerTable build() {
            if (built) {
                throw new IllegalStateException("this builder has built its table");
            }
            built = true;
            String[] sectorCodes = new String[sectorNumbers.size()];
            sectorNumbers.forEach((code, number) -> sectorCodes[number] = code);
            List<String> sectors = sectorsInOrder(List.of(sectorCodes));
            int[] listedIndex = Arrays.stream(sectorCodes).mapToInt(sectors::indexOf).toArray();
            BigInteger numeratorFactor = BigInteger.TEN.pow(denominatorScale);
            BigInteger denominatorFactor = BigInteger.TEN.pow(numeratorScale);
            Map<Map<String, BigDecimal>, PeerKeyCells> cells = new HashMap<>();
            byPeerKey.forEach((peerKey, entries) -> {
                int kept = entries.keepEligible(listedIndex, sectors.size(), numeratorFactor, denominatorFactor);
                if (kept > 0) {
                    cells.put(peerKey, new PeerKeyCells(sectors, direction, anonymity, entries.organisation,
                            entries.cell, entries.numerator, entries.denominator, kept, plainSum, numeratorFactor,
                            denominatorFactor));
                }
            });
            return new PeerTable(Map.copyOf(cells), numeratorScale, denominatorScale);
        }

        /**
         * The entries of a peer key. A table has a few distinct keys (SL at 20 s and at 30 s), given again and again,
         * often as a new map per unit: each is normalised once and then recognised by {@code equals}.
         */
        private Entries entries(Map<String, BigDecimal> peerKey) {
            if (peerKey == lastPeerKey) {
                return lastEntries;
            }
            Entries found = null;
            for (int i = 0; i < givenKeys.size() && found == null; i++) {
                if (givenKeys.get(i).equals(peerKey)) {
                    found = givenEntries.get(i);
                }
            }
            if (found == null) {
                found = byPeerKey.computeIfAbsent(PeerKey.normalise(peerKey), key -> new Entries());
                if (givenKeys.size() < GIVEN_KEYS_KEPT) {
                    givenKeys.add(Map.copyOf(peerKey));
                    givenEntries.add(found);
                }
            }
            lastPeerKey = peerKey;
            lastEntries = found;
            return found;
        }

        /** A finest cell as the builder numbers it: sectors in order of first appearance, renumbered in build(). */
        private int finest(SourcingModel sourcing, String sector, SizeBand size) {
            int index = sectorNumbers.computeIfAbsent(Objects.requireNonNull(sector, "sector"),
                    code -> sectorNumbers.size());
            return (index * SOURCING_MODELS + sourcing.ordinal()) * SIZE_BANDS + size.ordinal();
        }

        private void rescale(int newNumeratorScale, int newDenominatorScale) {
            if (newNumeratorScale > numeratorScale || newDenominatorScale > denominatorScale) {
                long numeratorFactor = BigInteger.TEN.pow(newNumeratorScale - numeratorScale).longValueExact();
                long denominatorFactor = BigInteger.TEN.pow(newDenominatorScale - denominatorScale).longValueExact();
                byPeerKey.values().forEach(entries -> entries.rescale(numeratorFactor, denominatorFactor));
                numeratorScale = newNumeratorScale;
                denominatorScale = newDenominatorScale;
            }
        }

        private final class Entries {

            private final EntryIndex index = new EntryIndex(expected);
            private long[] organisation = new long[expected];
            private int[] cell = new int[expected];
            private long[] numerator = new long[expected];
            private long[] denominator = new long[expected];
            private boolean[] missing = new boolean[expected];
            private int size;

            int entry(long organisationId, int finest) {
                int known = index.putIfAbsent(organisationId, finest, size);
                if (known >= 0) {
                    return known;
                }
                if (size == organisation.length) {
                    int capacity = size * 2;
                    organisation = Arrays.copyOf(organisation, capacity);
                    cell = Arrays.copyOf(cell, capacity);
                    numerator = Arrays.copyOf(numerator, capacity);
                    denominator = Arrays.copyOf(denominator, capacity);
                    missing = Arrays.copyOf(missing, capacity);
                }
                organisation[size] = organisationId;
                cell[size] = finest;
                return size++;
            }

            void rescale(long numeratorFactor, long denominatorFactor) {
                for (int i = 0; i < size; i++) {
                    numerator[i] = Math.multiplyExact(numerator[i], numeratorFactor);
                    denominator[i] = Math.multiplyExact(denominator[i], denominatorFactor);
                }
            }

            /**
             * Moves the eligible entries to the front, their cells renumbered as {@link PeerKeyCells} numbers them;
             * returns how many there are. Not eligible: missing, a denominator of 0 (no value) or below 0, or a value
             * outside the valid range.
             */
            int keepEligible(int[] listedIndex, int sectors, BigInteger numeratorFactor, BigInteger denominatorFactor) {
                int sizes = SizeBand.values().length;
                int sourcingModels = SourcingModel.values().length;
                Bound min = validRange == null ? null : new Bound(validRange.min(), numeratorFactor, denominatorFactor);
                Bound max = validRange == null || validRange.max() == null ? null
                        : new Bound(validRange.max(), numeratorFactor, denominatorFactor);
                int kept = 0;
                long one = BigInteger.TEN.pow(denominatorScale).longValueExact();
                for (int i = 0; i < size; i++) {
                    if (plainSum && denominator[i] > 0) {
                        denominator[i] = one;
                    }
                    boolean outside = denominator[i] > 0
                            && (min != null && min.compareTo(numerator[i], denominator[i]) > 0
                            || max != null && max.compareTo(numerator[i], denominator[i]) < 0);
                    if (missing[i] || denominator[i] <= 0 || outside) {
                        continue;
                    }
                    int band = cell[i] % sizes;
                    int sourcing = cell[i] / sizes % sourcingModels;
                    int sector = listedIndex[cell[i] / sizes / sourcingModels];
                    organisation[kept] = organisation[i];
                    cell[kept] = (sourcing * sectors + sector) * sizes + band;
                    numerator[kept] = numerator[i];
                    denominator[kept] = denominator[i];
                    kept++;
                }
                return kept;
            }
        }

        /** A bound of the valid range as a raw value n/d at the table's scale, compared exactly with raw values. */
        private static final class Bound {

            private final PeerKeyCells.OwnValue raw;

            Bound(BigDecimal bound, BigInteger numeratorFactor, BigInteger denominatorFactor) {
                Rational exact = Rational.of(bound);
                raw = PeerKeyCells.OwnValue.of(exact.numerator().multiply(denominatorFactor),
                        exact.denominator().multiply(numeratorFactor));
            }

            /** The sign of bound − n/d. */
            int compareTo(long n, long d) {
                return raw.compareTo(n, d);
            }
        }

        /**
         * The entries by organisation and finest cell, open-addressed on the two keys themselves: no boxed key and
         * value per unit, which was a sixth of building a table of 30,000 units.
         */
        private static final class EntryIndex {

            private long[] organisations;
            private int[] cells;
            /** The entry plus one; 0 marks a free slot. */
            private int[] entries;
            private int size;

            /** Room for {@code expected} entries (at least 512) at most half full. */
            EntryIndex(int expected) {
                int capacity = OpenAddressing.capacity(expected, 512);
                organisations = new long[capacity];
                cells = new int[capacity];
                entries = new int[capacity];
            }

            /** The entry of the organisation's cell, or -1 after storing {@code entry} as it. */
            int putIfAbsent(long organisationId, int finest, int entry) {
                int mask = entries.length - 1;
                int slot = slot(organisationId, finest, mask);
                while (entries[slot] != 0) {
                    if (organisations[slot] == organisationId && cells[slot] == finest) {
                        return entries[slot] - 1;
                    }
                    slot = (slot + 1) & mask;
                }
                organisations[slot] = organisationId;
                cells[slot] = finest;
                entries[slot] = entry + 1;
                if (++size * 2 > entries.length) {
                    grow();
                }
                return -1;
            }

            private static int slot(long organisationId, int finest, int mask) {
                return OpenAddressing.slot(organisationId * 31 + finest, mask);
            }

            private void grow() {
                long[] oldOrganisations = organisations;
                int[] oldCells = cells;
                int[] oldEntries = entries;
                organisations = new long[oldEntries.length * 2];
                cells = new int[oldEntries.length * 2];
                entries = new int[oldEntries.length * 2];
                int mask = entries.length - 1;
                for (int i = 0; i < oldEntries.length; i++) {
                    if (oldEntries[i] != 0) {
                        int slot = slot(oldOrganisations[i], oldCells[i], mask);
                        while (entries[slot] != 0) {
                            slot = (slot + 1) & mask;
                        }
                        organisations[slot] = oldOrganisations[i];
                        cells[slot] = oldCells[i];
                        entries[slot] = oldEntries[i];
                    }
                }
            }
        }
    }
}
