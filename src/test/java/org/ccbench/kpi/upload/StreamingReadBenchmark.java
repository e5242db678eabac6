package org.ccbench.kpi.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark, not a test: a bare {@link SheetRows} read of a workbook of 24,000 data rows × 100 numeric columns (the
 * size of issue 4's upload goal), counting cells and nothing else. It writes the workbook with SXSSF to a temporary
 * file (a header row, then numbers from a fixed seed: counts, seconds, amounts with cents, shares), checks it once
 * with {@link UploadGuard}, then times 1 warm-up and 5 measured reads and prints the file size, the best and median
 * time, and the peak heap use during the reads. Run it with {@code -Xmx256m} to show the read streams.
 *
 * <p>Run from the project directory:
 * <pre>
 * mvnj -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
 * $JAVA_HOME/bin/java -Xmx256m -cp target/classes:target/test-classes:$(cat target/benchmark.cp) org.ccbench.kpi.upload.StreamingReadBenchmark
 * </pre>
 */
public final class StreamingReadBenchmark {

    static final int DATA_ROWS = 24_000;
    static final int COLUMNS = 100;
    private static final int RUNS = 5;

    private StreamingReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("kpi-upload-benchmark-", ".xlsx");
        try {
            long writeStart = System.nanoTime();
            writeWorkbook(file);
            System.out.printf("workbook: %,d data rows x %d numeric columns, %,d bytes (%.1f MB, unpacked %.1f MB), "
                    + "written in %,d ms%n", DATA_ROWS, COLUMNS, Files.size(file), Files.size(file) / 1024.0 / 1024.0,
                    unpackedBytes(file) / 1024.0 / 1024.0, millisSince(writeStart));
            System.out.printf("max heap: %,d MB%n", Runtime.getRuntime().maxMemory() / 1024 / 1024);

            long guardStart = System.nanoTime();
            UploadVerdict verdict = new UploadGuard().check(file, "benchmark.xlsx");
            System.out.printf("UploadGuard.check: %s in %,d ms%n", verdict, millisSince(guardStart));

            long expected = (DATA_ROWS + 1L) * COLUMNS;
            System.out.printf("warm-up read: %,d ms%n", timedRead(file, expected));
            resetPeakHeap();
            long[] times = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                times[run] = timedRead(file, expected);
                System.out.printf("read %d: %,d ms%n", run + 1, times[run]);
            }
            Arrays.sort(times);
            System.out.printf("bare SheetRows read of %,d cells: best %,d ms, median %,d ms; peak heap %,d MB%n",
                    expected, times[0], times[RUNS / 2], peakHeap() / 1024 / 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long timedRead(Path file, long expected) throws IOException {
        long[] cells = {0};
        long start = System.nanoTime();
        SheetRows.read(file, UploadFormat.XLSX, (sheet, row, values) -> cells[0] += values.size());
        long millis = millisSince(start);
        if (cells[0] != expected) {
            throw new IllegalStateException("read " + cells[0] + " cells, expected " + expected);
        }
        return millis;
    }

    private static void writeWorkbook(Path file) throws IOException {
        Random random = new Random(20250131);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("KPI");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS; c++) {
                header.createCell(c).setCellValue("input " + (c + 1));
            }
            for (int r = 1; r <= DATA_ROWS; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    row.createCell(c).setCellValue(switch (c % 4) {
                        case 0 -> random.nextInt(250_000);
                        case 1 -> random.nextInt(3_600);
                        case 2 -> random.nextInt(10_000_000) / 100.0;
                        default -> random.nextInt(1_000) / 1_000.0;
                    });
                }
            }
            workbook.write(out);
        }
    }

    private static long unpackedBytes(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().mapToLong(ZipEntry::getSize).sum();
        }
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

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
