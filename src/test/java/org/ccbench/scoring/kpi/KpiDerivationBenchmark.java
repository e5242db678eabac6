package org.ccbench.scoring.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A plain-Java timing of the KPI derivation, not a test: 10,000 units × 12 months of complete submissions from a
 * fixed seed. One run derives all 56 KPI values of every unit-month, then of every unit's four quarters and its year
 * (inputs summed first). Five warm-up runs, then the best and median of five timed runs.
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes org.ccbench.scoring.kpi.KpiDerivationBenchmark [units]
 * </pre>
 */
public final class KpiDerivationBenchmark {

    private static final long SEED = 20250301L;
    private static final int MONTHS = 12;
    private static final int WARM_UPS = 5;
    private static final int TIMED_RUNS = 5;

    private KpiDerivationBenchmark() {
    }

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(SEED);
        List<List<RawInputs>> byUnit = new ArrayList<>(units);
        for (int unit = 0; unit < units; unit++) {
            List<RawInputs> months = new ArrayList<>(MONTHS);
            for (int month = 1; month <= MONTHS; month++) {
                months.add(randomMonth(YearMonth.of(2025, month), random));
            }
            byUnit.add(months);
        }
        System.out.printf("KpiDerivationBenchmark: %,d units x %d months (seed %d); JVM %s, %d processors%n", units,
                MONTHS, SEED, Runtime.version(), Runtime.getRuntime().availableProcessors());

        long[] monthly = new long[TIMED_RUNS];
        long[] periods = new long[TIMED_RUNS];
        long checksum = 0;
        for (int run = 0; run < WARM_UPS + TIMED_RUNS; run++) {
            long start = System.nanoTime();
            for (List<RawInputs> months : byUnit) {
                for (RawInputs month : months) {
                    checksum += KpiDerivation.derive(month, KpiParameters.DEFAULTS).size();
                }
            }
            long middle = System.nanoTime();
            for (List<RawInputs> months : byUnit) {
                for (int quarter = 0; quarter < 4; quarter++) {
                    RawInputs summed = RawInputs.sum(months.subList(3 * quarter, 3 * quarter + 3));
                    checksum += KpiDerivation.derive(summed, KpiParameters.DEFAULTS).size();
                }
                checksum += KpiDerivation.derive(RawInputs.sum(months), KpiParameters.DEFAULTS).size();
            }
            long end = System.nanoTime();
            if (run >= WARM_UPS) {
                monthly[run - WARM_UPS] = middle - start;
                periods[run - WARM_UPS] = end - middle;
            }
        }
        report("%,d unit-months".formatted(units * MONTHS), monthly);
        report("%,d quarters + %,d years".formatted(units * 4, units), periods);
        System.out.println("(checksum " + checksum + ")");
    }

    private static RawInputs randomMonth(YearMonth month, Random random) {
        RawInputs.Builder builder = RawInputs.builder(month);
        for (Input input : Input.values()) {
            for (InputKey key : input.keys()) {
                builder.put(key, BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(3)));
            }
        }
        return builder.build().withCostToDate(new CostToDate(BigDecimal.valueOf(random.nextInt(100_000)),
                BigDecimal.valueOf(1 + random.nextInt(10_000_000))));
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-32s best %8.1f ms   median %8.1f ms%n", what, sorted[0] / 1e6,
                sorted[sorted.length / 2] / 1e6);
    }
}
