package org.ccbench.scoring.peer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.numbers.LongFractions;
import org.ccbench.scoring.numbers.Rational;
import org.ccbench.scoring.numbers.Type7Percentile;

/**
 * Every peer cell of one KPI, period and peer key (SCORING.md §2.2), built once from the organisations' values in
 * their finest cells: the exact sourcing · sector · size cells and all their fallbacks, each with one value per
 * distinct organisation (a ratio of sums over the organisation's finest cells inside it), sorted exactly. The values
 * are fractions n/d of {@code long}s at the table's scale ({@link PeerTable}); {@link Rational}s are built only for
 * the figures handed out, and a cell's statistics only when first asked for.
 *
 * <p>A finest cell is numbered (sourcing × sectors + sector) × 4 + size. Level 0 holds the finest cells, level 1
 * size = all, level 2 sector = all, level 3 the one cell all · all · all; {@link #cell(int, int)} maps a finest cell to
 * its cell on a level, and all cells of all levels share one numbering and one pool of sorted values.
 */
final class PeerKeyCells {

    static final int LEVELS = 4;
    /** Values with the own value's double are mostly none or a few: look at this many before searching for the end. */
    private static final int TIES_SCANNED = 8;
    private static final int NOT_IN_CELL = 2;
    /** {@link #cellSorted} is read without the lock: a cell, once sorted, is only read. */
    private static final VarHandle SORTED = MethodHandles.arrayElementVarHandle(boolean[].class);
    private static final int SIZES = SizeBand.values().length;
    private static final SourcingModel[] SOURCING = SourcingModel.values();
    private static final SizeBand[] SIZE_BANDS = SizeBand.values();

    private final List<String> sectors;
    /** Each sector's place in {@link #sectors}. */
    private final Map<String, Integer> sectorIndex = PeerTable.sectorMap();
    private final Direction direction;
    private final BigInteger valueNumeratorFactor;
    private final BigInteger valueDenominatorFactor;
    private final int[] levelOffset;
    /** Per finest cell and level ({@code finest × LEVELS + level}): the cell there that holds it. */
    private final int[] cellOnLevel;
    /** Per cell: its finest cells, {@code [firstFinest, endFinest)}. */
    private final int[] firstFinest;
    private final int[] endFinest;
    private final PeerCell[] cells;
    private final int[] cellStart;
    /**
     * Per slot of the pool (cells one after the other): an organisation's value n/d. A cell's slots are sorted
     * ascending when its statistics or a rank in it are first asked for ({@link #sorted}): a figure uses one cell or
     * two of the hundreds a table has, and sorting them all was a third of building the table.
     */
    private final long[] poolNumerator;
    private final long[] poolDenominator;
    /** Per slot of the pool: the organisation whose value it is. */
    private final long[] poolOrganisation;
    /** Per slot of a sorted cell: its value's {@link LongFractions#nearest} double, searched before the exact ones. */
    private final double[] poolApproximate;
    private final boolean[] cellSorted;
    /** Per sorted cell: whether every slot's {@link #poolApproximate} is known (not NaN). */
    private final boolean[] cellApproximate;
    /** Per cell: whether all its organisations have the same value (A6), known without sorting it. */
    private final boolean[] cellWithoutSpread;
    /** Entries (an organisation's finest cell) sorted by organisation, then finest cell. */
    private final long[] entryOrganisation;
    private final int[] entryCell;
    /** Each organisation's first entry. */
    private final OrganisationIndex firstEntry;
    /** Per entry: its n/d, summed over the organisation's entries inside a cell for its value there. */
    private final long[] entryNumerator;
    private final long[] entryDenominator;
    private final boolean plainSum;
    private final PeerStatistics[] statistics;
    /** Per cell, for subjects whose organisation is in it and for those not: the percent ranks by 2·worse + ties. */
    private final Rational[][][] ranks;
    private final ShownCell visibility;
    /** Per cell: its visibility in {@link #visibility}; a cell nobody is in is {@link CellVisibility#BELOW_MINIMUM}. */
    private final CellVisibility[] cellVisibility;

    /**
     * @param organisation, finest, numerator, denominator the eligible entries: one per organisation and finest cell
     * @param plainSum a value in a wider cell is the sum of the numerators over the same denominator (VOL)
     * @param valueNumeratorFactor, valueDenominatorFactor an entry's exact value is n × the first / (d × the second)
     */
    PeerKeyCells(List<String> sectors, Direction direction, PeerAnonymity anonymity, long[] organisation,
                 int[] finest, long[] numerator, long[] denominator, int entries, boolean plainSum,
                 BigInteger valueNumeratorFactor, BigInteger valueDenominatorFactor) {
        this.sectors = List.copyOf(sectors);
        for (int i = 0; i < this.sectors.size(); i++) {
            sectorIndex.put(this.sectors.get(i), i);
        }
        this.direction = direction;
        this.valueNumeratorFactor = valueNumeratorFactor;
        this.valueDenominatorFactor = valueDenominatorFactor;
        int sectorCount = sectors.size();
        int finestCells = SOURCING.length * sectorCount * SIZES;
        levelOffset = new int[] {0, finestCells, finestCells + SOURCING.length * sectorCount,
                finestCells + SOURCING.length * sectorCount + SOURCING.length};
        int cellCount = levelOffset[3] + 1;
        // per finest cell its cell on each level, and per cell its finest cells, which are one range of numbers
        cellOnLevel = new int[finestCells * LEVELS];
        firstFinest = new int[cellCount];
        endFinest = new int[cellCount];
        int finestPerSourcing = SIZES * sectorCount;
        for (int f = finestCells - 1; f >= 0; f--) {
            int[] onLevel = {f, levelOffset[1] + f / SIZES, levelOffset[2] + f / finestPerSourcing, levelOffset[3]};
            for (int level = 0; level < LEVELS; level++) {
                cellOnLevel[f * LEVELS + level] = onLevel[level];
                firstFinest[onLevel[level]] = f;
                endFinest[onLevel[level]] = Math.max(endFinest[onLevel[level]], f + 1);
            }
        }
        cells = new PeerCell[cellCount];
        for (int f = 0; f < finestCells; f++) {
            SourcingModel sourcing = SOURCING[f / (sectorCount * SIZES)];
            String sector = sectors.get(f / SIZES % sectorCount);
            cells[cell(0, f)] = new PeerCell(sourcing, sector, SIZE_BANDS[f % SIZES]);
            cells[cell(1, f)] = new PeerCell(sourcing, sector, null);
            cells[cell(2, f)] = new PeerCell(sourcing, null, null);
        }
        cells[levelOffset[3]] = new PeerCell(null, null, null);

        int[] order = Sorting.byOrganisationThenCell(organisation, finest, entries);
        entryOrganisation = new long[entries];
        entryCell = new int[entries];
        entryNumerator = new long[entries];
        entryDenominator = new long[entries];
        this.plainSum = plainSum;
        for (int e = 0; e < entries; e++) {
            entryOrganisation[e] = organisation[order[e]];
            entryCell[e] = finest[order[e]];
            entryNumerator[e] = numerator[order[e]];
            entryDenominator[e] = denominator[order[e]];
        }
        firstEntry = new OrganisationIndex(entryOrganisation);

        // one value per organisation and cell on every level (a ratio of sums): on level 0 its entries, one per finest
        // cell; on each wider level its values on the level below summed per cell there
        int maxValues = entries * LEVELS;
        int[] valueCell = new int[maxValues];
        // per value: a finest cell inside its cell, which gives its cell on every wider level
        int[] valueFinest = new int[maxValues];
        long[] valueOrganisation = new long[maxValues];
        long[] valueNumerator = new long[maxValues];
        long[] valueDenominator = new long[maxValues];
        System.arraycopy(entryCell, 0, valueCell, 0, entries);
        System.arraycopy(entryCell, 0, valueFinest, 0, entries);
        System.arraycopy(entryOrganisation, 0, valueOrganisation, 0, entries);
        System.arraycopy(entryNumerator, 0, valueNumerator, 0, entries);
        System.arraycopy(entryDenominator, 0, valueDenominator, 0, entries);
        int levelBelow = 0;
        int values = entries;
        for (int level = 1; level < LEVELS; level++) {
            int end = values;
            int v = levelBelow;
            while (v < end) {
                int cell = cell(level, valueFinest[v]);
                long n = 0;
                long d = 0;
                int next = v;
                while (next < end && valueOrganisation[next] == valueOrganisation[v]
                        && cell(level, valueFinest[next]) == cell) {
                    n = Math.addExact(n, valueNumerator[next]);
                    d = plainSum ? valueDenominator[next] : Math.addExact(d, valueDenominator[next]);
                    next++;
                }
                valueCell[values] = cell;
                valueFinest[values] = valueFinest[v];
                valueOrganisation[values] = valueOrganisation[v];
                valueNumerator[values] = n;
                valueDenominator[values] = d;
                values++;
                v = next;
            }
            levelBelow = end;
        }

        // the pool: values grouped by cell (counting sort); a cell is sorted by value when first used
        cellStart = new int[cellCount + 1];
        for (int v = 0; v < values; v++) {
            cellStart[valueCell[v] + 1]++;
        }
        for (int c = 0; c < cellCount; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, cellCount);
        int[] valueAt = new int[values];
        for (int v = 0; v < values; v++) {
            valueAt[fill[valueCell[v]]++] = v;
        }
        poolNumerator = new long[values];
        poolDenominator = new long[values];
        poolOrganisation = new long[values];
        for (int slot = 0; slot < values; slot++) {
            int v = valueAt[slot];
            poolNumerator[slot] = valueNumerator[v];
            poolDenominator[slot] = valueDenominator[v];
            poolOrganisation[slot] = valueOrganisation[v];
        }
        poolApproximate = new double[values];
        cellSorted = new boolean[cellCount];
        cellApproximate = new boolean[cellCount];
        cellWithoutSpread = new boolean[cellCount];
        for (int c = 0; c < cellCount; c++) {
            cellWithoutSpread[c] = allEqual(cellStart[c], cellStart[c + 1]);
        }
        statistics = new PeerStatistics[cellCount];
        ranks = new Rational[cellCount][][];
        Node tree = breakdownTree();
        visibility = anonymity.breakdown(tree);
        cellVisibility = new CellVisibility[cellCount];
        Arrays.fill(cellVisibility, CellVisibility.BELOW_MINIMUM);
        record(tree, visibility);
    }

    private void record(Node node, ShownCell shown) {
        cellVisibility[node.cell] = shown.visibility();
        for (int i = 0; i < node.children.size(); i++) {
            record(node.children.get(i), shown.children().get(i));
        }
    }

    /** The cell on a level (0 exact, 1 size = all, 2 sector = all, 3 all) that holds finest cell {@code finest}. */
    int cell(int level, int finest) {
        return cellOnLevel[finest * LEVELS + level];
    }

    /** The finest cell's number, or -1 for a sector this table does not know (then only levels 2 and 3 exist). */
    int finest(SourcingModel sourcing, String sector, SizeBand size) {
        int index = sectorIndex.getOrDefault(sector, -1);
        return index < 0 ? -1 : (sourcing.ordinal() * sectors.size() + index) * SIZES + size.ordinal();
    }

    /** The cell's number, or -1 if the table has no such cell (an unknown sector). */
    int cellOf(PeerCell cell) {
        if (cell.sourcing() == null) {
            return cell.sector() == null && cell.size() == null ? levelOffset[3] : -1;
        }
        if (cell.sector() == null) {
            return cell.size() == null ? levelOffset[2] + cell.sourcing().ordinal() : -1;
        }
        int f = finest(cell.sourcing(), cell.sector(), cell.size() == null ? SizeBand.XS : cell.size());
        return f < 0 ? -1 : cell(cell.size() == null ? 1 : 0, f);
    }

    int organisations(int cell) {
        return cellStart[cell + 1] - cellStart[cell];
    }

    ShownCell visibility() {
        return visibility;
    }

    /**
     * The subject's figure as {@link PeerCellSelector#select} gives it: the first of its cells that is shown in the
     * A1 + A2 + A6 visibility tree (so it holds ≥ min_n organisations, is not hidden to protect another cell and has
     * some spread), and its own value's mid-rank percent rank among the other organisations there; if no cell is
     * shown, the first "no spread" cell with its n; otherwise "insufficient peers".
     *
     * @param finest the subject's finest cell, or -1 if its sector is unknown here
     * @param own    the subject's own value, {@code null} for none
     */
    PeerResult resultFor(long organisationId, SourcingModel sourcing, int finest, OwnValue own) {
        int noSpread = -1;
        for (int level = 0; level < LEVELS; level++) {
            int cell = finest >= 0 ? cell(level, finest)
                    : level < 2 ? -1 : level == 2 ? levelOffset[2] + sourcing.ordinal() : levelOffset[3];
            if (cell < 0) {
                continue;
            }
            if (cellVisibility[cell].isShown()) {
                return comparison(cell, organisationId, own);
            }
            if (noSpread < 0 && cellVisibility[cell] == CellVisibility.NO_SPREAD) {
                noSpread = cell;
            }
        }
        return noSpread < 0 ? PeerTable.INSUFFICIENT_PEERS
                : new PeerResult.NoSpread(cells[noSpread], organisations(noSpread));
    }

    /**
     * The subject's figure in one cell the member chose ({@link PeerScope}), never widened: a comparison only when the
     * cell is shown in the visibility tree, "no spread" with its n, or "insufficient peers" (below min_n, or hidden to
     * protect another cell, A2); the subject's organisation need not be in the cell.
     */
    PeerResult resultIn(PeerCell chosen, long organisationId, OwnValue own) {
        int cell = cellOf(chosen);
        if (cell < 0) {
            return PeerTable.INSUFFICIENT_PEERS;
        }
        if (cellVisibility[cell] == CellVisibility.NO_SPREAD) {
            return new PeerResult.NoSpread(cells[cell], organisations(cell));
        }
        if (!cellVisibility[cell].isShown()) {
            return PeerTable.INSUFFICIENT_PEERS;
        }
        return comparison(cell, organisationId, own);
    }

    /** The visibility of a cell in the tree: BELOW_MINIMUM for an unknown or empty cell. */
    CellVisibility visibilityOf(PeerCell chosen) {
        int cell = cellOf(chosen);
        return cell < 0 ? CellVisibility.BELOW_MINIMUM : cellVisibility[cell];
    }

    private PeerResult comparison(int cell, long organisationId, OwnValue own) {
        Rational rank = direction.isScored() && own != null ? percentRank(cell, organisationId, own) : null;
        return new PeerResult.Comparison(cells[cell], statistics(cell), rank);
    }

    /** §2.3 for a cell with at least one organisation, computed on first use. */
    /**
     * n, P25, median and P75 of a cell without its mean: the sum of thousands of exact fractions is most of what the
     * statistics cost, and a list of changes between two editions shows no means.
     */
    PeerQuartiles quartiles(int cell) {
        PeerStatistics known = statistics[cell];
        if (known != null) {
            return new PeerQuartiles(known.n(), known.p25(), known.median(), known.p75());
        }
        sorted(cell);
        int start = cellStart[cell];
        int n = organisations(cell);
        List<Rational> sorted = new AbstractList<>() {
            @Override
            public Rational get(int index) {
                return value(start + index);
            }

            @Override
            public int size() {
                return n;
            }
        };
        return new PeerQuartiles(n, Type7Percentile.ofSorted(sorted, Type7Percentile.P25),
                Type7Percentile.ofSorted(sorted, Type7Percentile.MEDIAN),
                Type7Percentile.ofSorted(sorted, Type7Percentile.P75));
    }

    PeerStatistics statistics(int cell) {
        PeerStatistics known = statistics[cell];
        if (known != null) {
            return known;
        }
        sorted(cell);
        int start = cellStart[cell];
        int n = organisations(cell);
        List<Rational> sorted = new AbstractList<>() {
            @Override
            public Rational get(int index) {
                return value(start + index);
            }

            @Override
            public int size() {
                return n;
            }
        };
        boolean tails = n >= PeerStatistics.MIN_N_FOR_P10_P90;
        BigInteger meanDivisor = valueDenominatorFactor.multiply(BigInteger.valueOf(n));
        PeerStatistics computed = new PeerStatistics(n,
                () -> LongFractions.sum(poolNumerator, poolDenominator, start, start + n, valueNumeratorFactor,
                        meanDivisor),
                decimals -> LongFractions.roundedSum(poolNumerator, poolDenominator, start, start + n,
                        valueNumeratorFactor, meanDivisor, decimals),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P10) : null,
                Type7Percentile.ofSorted(sorted, Type7Percentile.P25),
                Type7Percentile.ofSorted(sorted, Type7Percentile.MEDIAN),
                Type7Percentile.ofSorted(sorted, Type7Percentile.P75),
                tails ? Type7Percentile.ofSorted(sorted, Type7Percentile.P90) : null);
        statistics[cell] = computed;
        return computed;
    }

    private Rational value(int slot) {
        if (valueNumeratorFactor.equals(BigInteger.ONE) && valueDenominatorFactor.equals(BigInteger.ONE)) {
            return Rational.of(poolNumerator[slot], poolDenominator[slot]);
        }
        return Rational.of(BigInteger.valueOf(poolNumerator[slot]).multiply(valueNumeratorFactor),
                BigInteger.valueOf(poolDenominator[slot]).multiply(valueDenominatorFactor));
    }

    /** §1.1 with R = the other organisations' values in the cell ∪ {own}: 50 × (2·worse + ties) / others. */
    private Rational percentRank(int cell, long organisationId, OwnValue own) {
        sorted(cell);
        int start = cellStart[cell];
        int end = cellStart[cell + 1];
        int from = start;
        int to = end;
        double approximate = own.approximate();
        if (cellApproximate[cell] && !Double.isNaN(approximate)) {
            // below 'from' every value is smaller than own, from 'to' on every value is larger
            from = firstApproximate(start, end, approximate, false);
            to = from;
            while (to < end && to - from < TIES_SCANNED && poolApproximate[to] == approximate) {
                to++;
            }
            if (to - from == TIES_SCANNED) {
                to = firstApproximate(to, end, approximate, true);
            }
        }
        int below = firstSlot(from, to, own, false) - start;
        int notAbove = firstSlot(from, to, own, true) - start;
        int above = end - start - notAbove;
        int equal = notAbove - below;
        int others = end - start;
        int comparison = organisationComparedWith(organisationId, cell, own);
        boolean organisationInCell = comparison != NOT_IN_CELL;
        if (organisationInCell) {
            others--;
            if (comparison < 0) {
                below--;
            } else if (comparison > 0) {
                above--;
            } else {
                equal--;
            }
        }
        int worse = direction == Direction.HIGHER_IS_BETTER ? below : above;
        int numerator = 2 * worse + equal;
        // the ranks repeat: keep them per cell, for subjects whose organisation is in it (others = n - 1) or not
        Rational[][] byOthers = ranks[cell];
        if (byOthers == null) {
            byOthers = new Rational[2][];
            ranks[cell] = byOthers;
        }
        int inCell = organisationInCell ? 0 : 1;
        Rational[] known = byOthers[inCell];
        if (known == null) {
            known = new Rational[2 * others + 1];
            byOthers[inCell] = known;
        }
        Rational rank = known[numerator];
        if (rank == null) {
            rank = Rational.of(50L * numerator, others);
            known[numerator] = rank;
        }
        return rank;
    }

    /** The first slot in [start, end) whose value is ≥ own ({@code orEqual} false) or &gt; own (true). */
    private int firstSlot(int start, int end, OwnValue own, boolean orEqual) {
        int low = start;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int comparison = -own.compareTo(poolNumerator[middle], poolDenominator[middle]);
            if (comparison < 0 || (orEqual && comparison == 0)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first slot in [start, end) whose double is ≥ {@code approximate} ({@code orEqual} false) or &gt; it. */
    private int firstApproximate(int start, int end, double approximate, boolean orEqual) {
        // halving a window [base, base + length] that holds the answer: each step only chooses the next base, which the
        // compiler can do without a branch the processor must guess (2–5 % of a year of peer figures in an A/B)
        int base = start;
        int length = end - start;
        while (length > 1) {
            int half = length >>> 1;
            base = before(poolApproximate[base + half - 1], approximate, orEqual) ? base + half : base;
            length -= half;
        }
        return length == 1 && before(poolApproximate[base], approximate, orEqual) ? base + 1 : base;
    }

    private static boolean before(double value, double approximate, boolean orEqual) {
        return orEqual ? value <= approximate : value < approximate;
    }

    /**
     * The sign of the organisation's value in the cell − own, or {@link #NOT_IN_CELL} if it has none there: the sum
     * of its entries in the cell's finest cells, which are one range of numbers, as its value there was built.
     */
    private int organisationComparedWith(long organisationId, int cell, OwnValue own) {
        int slot = firstEntry.slotOf(organisationId);
        if (slot < 0) {
            return NOT_IN_CELL;
        }
        int from = firstFinest[cell];
        int to = endFinest[cell];
        int low = firstEntry.first(slot);
        int end = firstEntry.end(slot);
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entryCell[middle] < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        long n = 0;
        long d = 0;
        int e = low;
        for (; e < end && entryCell[e] < to; e++) {
            n = Math.addExact(n, entryNumerator[e]);
            d = plainSum ? entryDenominator[e] : Math.addExact(d, entryDenominator[e]);
        }
        return e == low ? NOT_IN_CELL : -own.compareTo(n, d);
    }

    /**
     * all → sourcing models → sectors (listed order) → size bands (XS, S, M, L), for A1, A2 and A6, with the cells
     * that hold at least one organisation: an empty cell has nothing to hide, so it takes no neighbour with it.
     */
    private Node breakdownTree() {
        List<Node> bySourcing = new ArrayList<>();
        for (SourcingModel sourcing : SOURCING) {
            List<Node> bySector = new ArrayList<>();
            for (String sector : sectors) {
                List<Node> bySize = new ArrayList<>();
                for (SizeBand size : SIZE_BANDS) {
                    addIfAny(bySize, size.name(), cell(0, finest(sourcing, sector, size)), List.of());
                }
                addIfAny(bySector, sector, cell(1, finest(sourcing, sector, SizeBand.XS)), bySize);
            }
            addIfAny(bySourcing, sourcing.code(), cell(2, finest(sourcing, sectors.getFirst(), SizeBand.XS)),
                    bySector);
        }
        return new Node(PeerCell.ALL, levelOffset[3], bySourcing);
    }

    private void addIfAny(List<Node> level, String code, int cell, List<Node> children) {
        if (organisations(cell) > 0) {
            level.add(new Node(code, cell, children));
        }
    }

    /** A6: whether the cell's organisations all have the same value. */
    private boolean noSpread(int cell) {
        return cellWithoutSpread[cell];
    }

    /** Whether the pool's slots {@code [start, end)}, at least one, all hold the same value. */
    private boolean allEqual(int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int slot = start + 1; slot < end; slot++) {
            if (LongFractions.compare(poolNumerator[start], poolDenominator[start], poolNumerator[slot],
                    poolDenominator[slot]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sorts the cell's slots of the pool by value, once. */
    private void sorted(int cell) {
        if (!(boolean) SORTED.getAcquire(cellSorted, cell)) {
            sortOnce(cell);
        }
    }

    private synchronized void sortOnce(int cell) {
        if (cellSorted[cell]) {
            return;
        }
        int start = cellStart[cell];
        int count = cellStart[cell + 1] - start;
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = start + i;
        }
        Sorting.byValue(order, 0, count, poolNumerator, poolDenominator);
        long[] numerators = new long[count];
        long[] denominators = new long[count];
        long[] organisations = new long[count];
        for (int i = 0; i < count; i++) {
            numerators[i] = poolNumerator[order[i]];
            denominators[i] = poolDenominator[order[i]];
            organisations[i] = poolOrganisation[order[i]];
        }
        System.arraycopy(numerators, 0, poolNumerator, start, count);
        System.arraycopy(denominators, 0, poolDenominator, start, count);
        System.arraycopy(organisations, 0, poolOrganisation, start, count);
        boolean approximate = true;
        for (int slot = start; slot < start + count; slot++) {
            poolApproximate[slot] = LongFractions.nearest(poolNumerator[slot], poolDenominator[slot]);
            approximate &= !Double.isNaN(poolApproximate[slot]);
        }
        cellApproximate[cell] = approximate;
        SORTED.setRelease(cellSorted, cell, true);
    }

    /** A cell of the visibility tree: its organisations and values are those of the cell in the pool. */
    private final class Node implements BreakdownNode {

        private final String code;
        private final int cell;
        private final List<Node> children;

        Node(String code, int cell, List<Node> children) {
            this.code = code;
            this.cell = cell;
            this.children = List.copyOf(children);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public long organisations() {
            return PeerKeyCells.this.organisations(cell);
        }

        @Override
        public boolean noSpread() {
            return PeerKeyCells.this.noSpread(cell);
        }

        @Override
        public List<Node> children() {
            return children;
        }

        @Override
        public BreakdownCells childCells() {
            return new BreakdownCells() {
                @Override
                public int size() {
                    return children.size();
                }

                @Override
                public long organisations(int child) {
                    return PeerKeyCells.this.organisations(children.get(child).cell);
                }

                /** An organisation with units in two of the cells (say in-house and outsourced) counts once. */
                @Override
                public long organisationsIn(BitSet group) {
                    int size = group.stream().map(child -> PeerKeyCells.this.organisations(children.get(child).cell))
                            .sum();
                    long[] ids = new long[size];
                    int filled = 0;
                    for (int child = group.nextSetBit(0); child >= 0; child = group.nextSetBit(child + 1)) {
                        int c = children.get(child).cell;
                        int n = PeerKeyCells.this.organisations(c);
                        System.arraycopy(poolOrganisation, cellStart[c], ids, filled, n);
                        filled += n;
                    }
                    return Arrays.stream(ids).sorted().distinct().count();
                }

                @Override
                public boolean noSpread(int child) {
                    return PeerKeyCells.this.noSpread(children.get(child).cell);
                }

                @Override
                public boolean noSpreadIn(BitSet group) {
                    int first = -1;
                    for (int child = group.nextSetBit(0); child >= 0; child = group.nextSetBit(child + 1)) {
                        int c = children.get(child).cell;
                        if (!PeerKeyCells.this.noSpread(c)) {
                            return false;
                        }
                        int start = cellStart[c];
                        if (first >= 0 && LongFractions.compare(poolNumerator[first], poolDenominator[first],
                                poolNumerator[start], poolDenominator[start]) != 0) {
                            return false;
                        }
                        first = first < 0 ? start : first;
                    }
                    return first >= 0;
                }
            };
        }
    }

    /** The subject's own value, raw (at the table's scale), compared exactly with the cells' values. */
    interface OwnValue {

        /** The sign of own − n/d. */
        int compareTo(long n, long d);

        /** The value's {@link LongFractions#nearest} double, or NaN when that is not known exactly. */
        double approximate();

        static OwnValue of(long n, long d) {
            double approximate = LongFractions.nearest(n, d);
            return new OwnValue() {
                @Override
                public int compareTo(long otherN, long otherD) {
                    return LongFractions.compare(n, d, otherN, otherD);
                }

                @Override
                public double approximate() {
                    return approximate;
                }
            };
        }

        static OwnValue of(BigInteger n, BigInteger d) {
            if (n.bitLength() < Long.SIZE && d.bitLength() < Long.SIZE) {
                return of(n.longValueExact(), d.longValueExact());
            }
            return new OwnValue() {
                @Override
                public int compareTo(long otherN, long otherD) {
                    return n.multiply(BigInteger.valueOf(otherD)).compareTo(BigInteger.valueOf(otherN).multiply(d));
                }

                @Override
                public double approximate() {
                    return Double.NaN;
                }
            };
        }
    }
}
