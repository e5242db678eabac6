package org.ccbench.scoring.peer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ccbench.scoring.SizeBand;
import org.ccbench.scoring.kpi.Breakdown;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.kpi.Quadrant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of a whole year's peer figures (issue 5), not a test: 10,000 units in 3,000 organisations × 30 KPIs ×
 * 12 months of (numerator, denominator), from a fixed seed.
 * <ul>
 * <li>{@link #peerFigures}: per KPI, sum every unit's 12 months (a unit missing a month has no value for the year),
 * build the {@link PeerTable}, sized for the units as the portal sizes it (every cell and fallback, per peer key,
 * organisations' units summed, the valid range applied, A1 + A2 visibility of the breakdowns), and give every unit its
 * {@link PeerResult} (cell, statistics, percent rank).</li>
 * <li>{@link #peerFiguresAndEveryShownCell}: the same, plus the statistics of every cell A1 + A2 let show, as a
 * report of the whole table would print them (the statistics of cells nobody's figure uses are otherwise never
 * computed).</li>
 * <li>{@link #bareSort}, the first baseline: for each of the 30 KPIs, a copy of its 120,000 unit-month values
 * (numerator / denominator as {@code double}) sorted with {@link Arrays#sort(double[])}.</li>
 * <li>{@link #yearlySort}, the second baseline (issue 18): for each KPI, every unit's 12 months read once and summed
 * into its yearly figure (numerator / denominator as {@code double}; a unit missing a month has none), and the up to
 * 10,000 yearly figures sorted with {@link Arrays#sort(double[])}: the least any year of peer figures must do.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/benchmark.cp) org.openjdk.jmh.Main PeerTableBenchmark \
 *      -f 1 -wi 5 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerTableBenchmark {

    static final int UNITS = 10_000;
    static final int ORGANISATIONS = 3_000;
    static final int MONTHS = 12;
    private static final long SEED = 20260905L;
    private static final Map<String, BigDecimal> NO_KEY = Map.of();
    private static final Map<String, BigDecimal> SL_20 = Map.of("threshold_seconds", BigDecimal.valueOf(20));
    private static final Map<String, BigDecimal> SL_30 = Map.of("threshold_seconds", BigDecimal.valueOf(30));
    /** Sectors and how common they are (percent). */
    private static final int[] SECTOR_WEIGHTS = {12, 14, 13, 11, 10, 8, 7, 10, 6, 6, 3};

    /** A KPI (channel or quadrant) with its typical value and spread, and the factor of its formula (100 for %). */
    record Figure(Kpi kpi, Breakdown breakdown, double typical, double spread, long factor, int typicalDenominator) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure(Kpi.SL, Channel.PHONE, 0.80, 0.08, 100, 9_000),
            new Figure(Kpi.SL, Channel.CHAT, 0.75, 0.10, 100, 2_000),
            new Figure(Kpi.ASA, Channel.PHONE, 35, 15, 1, 8_500),
            new Figure(Kpi.ABN, Channel.PHONE, 0.06, 0.03, 100, 9_000),
            new Figure(Kpi.AHT, Channel.PHONE, 330, 60, 1, 8_500),
            new Figure(Kpi.AHT, Channel.CHAT, 520, 90, 1, 1_800),
            new Figure(Kpi.AHT, Channel.EMAIL, 400, 80, 1, 3_000),
            new Figure(Kpi.TRF, Channel.PHONE, 0.08, 0.04, 100, 8_500),
            new Figure(Kpi.OCC, null, 0.78, 0.06, 100, 600_000),
            new Figure(Kpi.SHR, null, 0.30, 0.05, 100, 16_000),
            new Figure(Kpi.WRT, Channel.EMAIL, 0.85, 0.08, 100, 3_000),
            new Figure(Kpi.CSAT, null, 0.78, 0.08, 100, 400),
            new Figure(Kpi.NPS, null, 0.20, 0.15, 100, 350),
            new Figure(Kpi.CES, null, 5.2, 0.6, 1, 300),
            new Figure(Kpi.FCR, null, 0.72, 0.08, 100, 380),
            new Figure(Kpi.RCR, null, 0.15, 0.05, 100, 14_000),
            new Figure(Kpi.CMP, null, 0.004, 0.002, 1000, 14_000),
            new Figure(Kpi.VOL, Channel.PHONE, 8_500, 3_000, 1, 1),
            new Figure(Kpi.CHS, Channel.CHAT, 0.12, 0.05, 100, 16_000),
            new Figure(Kpi.SSR, null, 0.25, 0.10, 100, 20_000),
            new Figure(Kpi.SSF, null, 0.30, 0.08, 100, 6_000),
            new Figure(Kpi.CPX, null, 0.9, 0.3, 1000, 200_000),
            new Figure(Kpi.AVC, null, 0.35, 0.10, 100, 5_000),
            new Figure(Kpi.VMX, Quadrant.ELIMINATE, 0.20, 0.07, 100, 5_000),
            new Figure(Kpi.RCC, null, 0.40, 0.15, 100, 14_000),
            // costs in cents over the denominator × 100: exact euros as longs
            new Figure(Kpi.CPC, null, 6.5, 1.5, 1, 14_000),
            new Figure(Kpi.CPM, null, 1.1 / 60, 0.25 / 60, 60, 4_500_000),
            new Figure(Kpi.CPH, null, 38, 6, 1, 2_400),
            new Figure(Kpi.ATR, null, 0.30, 0.12, 100, 200),
            new Figure(Kpi.ABS, null, 0.06, 0.02, 100, 30_000));

    long[] organisation;
    SourcingModel[] sourcing;
    String[] sector;
    SizeBand[] size;
    /** Per figure and unit: the unit's peer key (20 or 30 s for SL). */
    Map<String, BigDecimal>[][] peerKey;
    /** Per figure, unit × 12 months: numerator and denominator; a denominator of -1 is a missing month. */
    long[][] numerator;
    long[][] denominator;
    /** Per figure, the baseline's values and the array it sorts. */
    double[][] values;
    double[][] sorted;

    @Setup
    @SuppressWarnings("unchecked")
    public void generate() {
        Random random = new Random(SEED);
        SourcingModel[] organisationSourcing = new SourcingModel[ORGANISATIONS];
        String[] organisationSector = new String[ORGANISATIONS];
        SizeBand[] organisationSize = new SizeBand[ORGANISATIONS];
        for (int o = 0; o < ORGANISATIONS; o++) {
            organisationSourcing[o] = random.nextInt(5) < 2 ? SourcingModel.IN_HOUSE : SourcingModel.OUTSOURCED;
            organisationSector[o] = PeerTable.SECTORS.get(weighted(random, SECTOR_WEIGHTS));
            organisationSize[o] = SizeBand.values()[weighted(random, new int[] {30, 40, 20, 10})];
        }
        organisation = new long[UNITS];
        sourcing = new SourcingModel[UNITS];
        sector = new String[UNITS];
        size = new SizeBand[UNITS];
        for (int u = 0; u < UNITS; u++) {
            // every organisation has a unit; the others go mostly to a few large organisations
            int o = u < ORGANISATIONS ? u : (int) (ORGANISATIONS * Math.pow(random.nextDouble(), 3));
            organisation[u] = 1_000 + o;
            boolean other = u >= ORGANISATIONS && random.nextInt(6) == 0;
            sourcing[u] = other ? SourcingModel.values()[1 - organisationSourcing[o].ordinal()]
                    : organisationSourcing[o];
            sector[u] = random.nextInt(20) == 0 ? PeerTable.SECTORS.get(random.nextInt(11)) : organisationSector[o];
            size[u] = random.nextInt(4) == 0 ? SizeBand.values()[random.nextInt(4)] : organisationSize[o];
        }
        int figures = FIGURES.size();
        peerKey = new Map[figures][UNITS];
        numerator = new long[figures][UNITS * MONTHS];
        denominator = new long[figures][UNITS * MONTHS];
        values = new double[figures][UNITS * MONTHS];
        sorted = new double[figures][UNITS * MONTHS];
        for (int f = 0; f < figures; f++) {
            Figure figure = FIGURES.get(f);
            boolean cost = figure.kpi() == Kpi.CPC || figure.kpi() == Kpi.CPM || figure.kpi() == Kpi.CPH;
            for (int u = 0; u < UNITS; u++) {
                peerKey[f][u] = figure.kpi() != Kpi.SL ? NO_KEY : random.nextInt(10) < 7 ? SL_20 : SL_30;
                double unitLevel = figure.typical() + figure.spread() * random.nextGaussian();
                double unitSize = 0.2 + 1.6 * random.nextDouble() * (1 + size[u].ordinal());
                for (int m = 0; m < MONTHS; m++) {
                    int i = u * MONTHS + m;
                    long d = Math.max(1, Math.round(figure.typicalDenominator() * unitSize
                            * (0.85 + 0.3 * random.nextDouble())));
                    double value = Math.max(0, unitLevel + figure.spread() * 0.3 * random.nextGaussian());
                    // a cost is in cents over the denominator × 100, so the fraction is exact in euros
                    long n = Math.round(d * value * (cost ? 100 : 1)) * figure.factor();
                    d = cost ? d * 100 : d;
                    if (random.nextInt(40) == 0) {
                        d = -1;
                        n = 0;
                    }
                    numerator[f][i] = n;
                    denominator[f][i] = d;
                    values[f][i] = d <= 0 ? 0 : (double) n / d;
                }
            }
        }
    }

    @Benchmark
    public void peerFigures(Blackhole blackhole) {
        for (int f = 0; f < FIGURES.size(); f++) {
            yearOfOneKpi(f, false, blackhole);
        }
    }

    @Benchmark
    public void peerFiguresAndEveryShownCell(Blackhole blackhole) {
        for (int f = 0; f < FIGURES.size(); f++) {
            yearOfOneKpi(f, true, blackhole);
        }
    }

    @Benchmark
    public void bareSort(Blackhole blackhole) {
        for (int f = 0; f < FIGURES.size(); f++) {
            System.arraycopy(values[f], 0, sorted[f], 0, values[f].length);
            Arrays.sort(sorted[f]);
            blackhole.consume(sorted[f]);
        }
    }

    @Benchmark
    public void yearlySort(Blackhole blackhole) {
        for (int f = 0; f < FIGURES.size(); f++) {
            blackhole.consume(sortedYearlyFigures(numerator[f], denominator[f]));
        }
    }

    /** Every unit's 12 months summed once into its yearly figure, the figures sorted. */
    static double[] sortedYearlyFigures(long[] n, long[] d) {
        double[] yearly = new double[UNITS];
        int count = 0;
        for (int u = 0; u < UNITS; u++) {
            long sumN = 0;
            long sumD = 0;
            int i = u * MONTHS;
            for (int m = 0; m < MONTHS && sumD >= 0; m++) {
                sumN += n[i + m];
                sumD = d[i + m] < 0 ? -1 : sumD + d[i + m];
            }
            if (sumD > 0) {
                yearly[count++] = (double) sumN / sumD;
            }
        }
        double[] sorted = Arrays.copyOf(yearly, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The year's figures of one KPI for every unit; {@code everyShownCell} also asks every shown cell's statistics. */
    PeerTable yearOfOneKpi(int f, boolean everyShownCell, Blackhole blackhole) {
        Figure figure = FIGURES.get(f);
        long[] n = numerator[f];
        long[] d = denominator[f];
        long[] ownNumerator = new long[UNITS];
        long[] ownDenominator = new long[UNITS];
        PeerTable.Builder builder = PeerTable.builder(figure.kpi().direction(), PeerAnonymity.defaults())
                .validRange(figure.kpi().validRange()).expecting(UNITS);
        for (int u = 0; u < UNITS; u++) {
            long sumN = 0;
            long sumD = 0;
            int i = u * MONTHS;
            for (int m = 0; m < MONTHS && sumD >= 0; m++) {
                sumN = Math.addExact(sumN, n[i + m]);
                sumD = d[i + m] < 0 ? -1 : Math.addExact(sumD, d[i + m]);
            }
            if (sumD >= 0) {
                ownNumerator[u] = sumN;
                ownDenominator[u] = sumD;
                builder.add(organisation[u], sourcing[u], sector[u], size[u], peerKey[f][u], sumN, sumD);
            }
        }
        PeerTable table = builder.build();
        for (Map<String, BigDecimal> key : table.peerKeys()) {
            ShownCell visibility = table.visibility(key);
            blackhole.consume(visibility);
            if (everyShownCell) {
                shownStatistics(table, key, visibility, null, null, blackhole);
            }
        }
        for (int u = 0; u < UNITS; u++) {
            blackhole.consume(table.resultFor(organisation[u], sourcing[u], sector[u], size[u], peerKey[f][u],
                    ownNumerator[u], ownDenominator[u]));
        }
        return table;
    }

    private static void shownStatistics(PeerTable table, Map<String, BigDecimal> key, ShownCell cell,
                                        SourcingModel sourcing, String sector, Blackhole blackhole) {
        if (!cell.isShown()) {
            return;
        }
        List<ShownCell> children = cell.children();
        PeerCell peerCell;
        if (children.isEmpty() && sector != null) {
            peerCell = new PeerCell(sourcing, sector, SizeBand.valueOf(cell.code()));
        } else {
            peerCell = new PeerCell(sourcing, sector, null);
        }
        blackhole.consume(table.statistics(peerCell, key));
        for (ShownCell child : children) {
            if (sourcing == null) {
                SourcingModel childSourcing = SourcingModel.valueOf(child.code().toUpperCase(Locale.ROOT));
                shownStatistics(table, key, child, childSourcing, null, blackhole);
            } else if (sector == null) {
                shownStatistics(table, key, child, sourcing, child.code(), blackhole);
            } else {
                shownStatistics(table, key, child, sourcing, sector, blackhole);
            }
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A quick run without JMH, for profiling: the figures' time per round. */
    public static void main(String[] args) {
        PeerTableBenchmark benchmark = new PeerTableBenchmark();
        benchmark.generate();
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < Integer.getInteger("rounds", 15); round++) {
            long start = System.nanoTime();
            for (int f = 0; f < FIGURES.size(); f++) {
                benchmark.yearOfOneKpi(f, false, blackhole);
            }
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("peer figures per round (ms): " + times);
    }
}
