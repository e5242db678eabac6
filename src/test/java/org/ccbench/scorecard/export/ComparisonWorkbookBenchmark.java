package org.ccbench.scorecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.scorecard.ComparisonRow;

/**
 * Benchmark, not a test (issue 6): the comparison workbook of 500 contracts × 24 months (8 SLA KPIs each, fixed seed)
 * with its bar chart, written by {@link ComparisonWorkbook} to a temporary file, against a bare SXSSF write of the
 * same cells (same row window, no styles, no labels, no chart) in the same run. One warm-up of each, then
 * {@code -Druns=N} (default 7) alternating measured runs; prints best and median of both, the ratio of the medians,
 * the file sizes and the peak heap. Goals: under 3 s and passing with {@code -Xmx256m}.
 *
 * <p>Run from the project directory:
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/benchmark.cp) org.ccbench.scorecard.export.ComparisonWorkbookBenchmark
 * </pre>
 */
public final class ComparisonWorkbookBenchmark {

    static final int CONTRACTS = 500;
    static final int MONTHS = 24;
    private static final long SEED = 20260601L;

    private ComparisonWorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.getInteger("runs", 7);
        List<ComparisonRow> rows = SampleScorecards.generated(CONTRACTS, MONTHS, SEED);
        List<String> kpis = ComparisonWorkbook.slaKpis(rows);
        System.out.printf("%d contracts x %d months x %d SLA KPIs; max heap %,d MB%n", CONTRACTS, MONTHS, kpis.size(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        Path workbookFile = Files.createTempFile("comparison-benchmark-", ".xlsx");
        Path bareFile = Files.createTempFile("comparison-bare-", ".xlsx");
        try {
            System.out.printf("warm-up: workbook %,d ms, bare %,d ms%n", timed(() -> workbook(rows, workbookFile)),
                    timed(() -> bare(rows, kpis, bareFile)));
            resetPeakHeap();
            long[] workbookTimes = new long[runs];
            long[] bareTimes = new long[runs];
            for (int run = 0; run < runs; run++) {
                workbookTimes[run] = timed(() -> workbook(rows, workbookFile));
                bareTimes[run] = timed(() -> bare(rows, kpis, bareFile));
                System.out.printf("run %d: workbook %,d ms, bare %,d ms%n", run + 1, workbookTimes[run],
                        bareTimes[run]);
            }
            Arrays.sort(workbookTimes);
            Arrays.sort(bareTimes);
            long workbookMedian = workbookTimes[runs / 2];
            long bareMedian = bareTimes[runs / 2];
            System.out.printf("comparison workbook with chart: best %,d ms, median %,d ms (%,d bytes)%n",
                    workbookTimes[0], workbookMedian, Files.size(workbookFile));
            System.out.printf("bare SXSSF write of the same cells: best %,d ms, median %,d ms (%,d bytes)%n",
                    bareTimes[0], bareMedian, Files.size(bareFile));
            System.out.printf("ratio of the medians: %.2f; peak heap %,d MB; goal < 3 s: %s%n",
                    (double) workbookMedian / bareMedian, peakHeap() / 1024 / 1024,
                    workbookMedian < 3_000 ? "met" : "NOT met");
        } finally {
            Files.deleteIfExists(workbookFile);
            Files.deleteIfExists(bareFile);
        }
    }

    private static void workbook(List<ComparisonRow> rows, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ComparisonWorkbook.write(rows, "2025-01 – 2026-12", Locale.ENGLISH, out);
        }
    }

    /** The same cells as the workbook's two sheets, written as plainly as SXSSF allows. */
    private static void bare(List<ComparisonRow> rows, List<String> kpis, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ComparisonWorkbook.ROW_WINDOW);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet ranking = workbook.createSheet("Ranking");
            int next = 0;
            for (ComparisonRow contract : rows) {
                Row row = ranking.createRow(next++);
                row.createCell(0).setCellValue(contract.rank());
                row.createCell(1).setCellValue(contract.contractName());
                row.createCell(2).setCellValue(contract.vendorName());
                number(row, 3, contract.quality());
                number(row, 4, contract.costPerContact());
                number(row, 5, contract.costScore());
                number(row, 6, contract.valueForMoney());
                number(row, 7, contract.qualityPerEuro());
                number(row, 8, contract.bonusMalusAmount());
            }
            Sheet monthly = workbook.createSheet("Monthly");
            next = 0;
            for (ComparisonRow contract : rows) {
                for (ComparisonRow.ComparisonMonth month : contract.monthly()) {
                    Row row = monthly.createRow(next++);
                    row.createCell(0).setCellValue(contract.contractName());
                    row.createCell(1).setCellValue(contract.vendorName());
                    row.createCell(2).setCellValue(month.month().toString());
                    number(row, 3, month.quality());
                    number(row, 4, month.costPerContact());
                    number(row, 5, month.bonusMalusAmount());
                    for (int k = 0; k < kpis.size(); k++) {
                        number(row, 6 + k, month.slaActuals().get(kpis.get(k)));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static long timed(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
