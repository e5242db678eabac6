package org.ccbench.kpi;

import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ccbench.Application;
import org.ccbench.kpi.export.SubmissionTemplateWorkbook;
import org.ccbench.kpi.internal.BenchmarkMonths;
import org.ccbench.kpi.upload.SheetRows;
import org.ccbench.kpi.upload.UploadFormat;
import org.ccbench.scoring.kpi.DerivedKpi;
import org.ccbench.scoring.kpi.KpiDerivation;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.scoring.kpi.RawInputs;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (issue 4): the upload of a template workbook holding 24,000 unit-months (2,000 contracts × 12
 * months, every input of the catalogue filled with consistent figures) against a bare {@link SheetRows} read of the
 * same file, in the same run. It starts the portal (demo profile, on a free port) on an H2 file database in a
 * temporary folder, adds 2,000 contracts of every channel to the demo vendor Callcenter Delta by SQL, writes the
 * workbook with {@link SubmissionTemplateWorkbook}, and then times, after one warm-up of each (or
 * {@code -Dwarmups=N}), three (or {@code -Druns=N}) bare reads and as many uploads as drafts (each on emptied submission tables) and, unless {@code drafts-only} is
 * given, as many uploads with submit. A second baseline is POI's own event reader without the project's cell
 * conversion ({@link PoiEventRead}). It prints best and median of each, the ratio upload / read, where
 * the upload's time goes (timed in a last run), and the peak heap. The goal is a ratio of at most 2 with
 * {@code -Xmx256m}.
 *
 * <p>Run from the project directory:
 * <pre>
 * mvnj -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test
 * $JAVA_HOME/bin/java -Xmx256m -cp target/classes:target/test-classes:$(cat target/benchmark.cp) org.ccbench.kpi.UploadBenchmark
 * </pre>
 */
public final class UploadBenchmark {

    static final int CONTRACTS = 2_000;
    static final int MONTHS = 12;
    private static final int RUNS = Integer.getInteger("runs", 3);
    /** Untimed read and upload pairs before the runs: more of them measure the steady state, once the JIT is done. */
    private static final int WARMUPS = Integer.getInteger("warmups", 1);
    private static final String VENDOR = "vendor@callcenter-delta.example";
    private static final String ALL_CHANNELS = "PHONE,CHAT,EMAIL,SOCIAL,MESSAGING,SELF_SERVICE";

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean draftsOnly = Arrays.asList(args).contains("drafts-only");
        Path folder = Files.createTempDirectory("ccbench-upload-benchmark-");
        Path file = folder.resolve("kpi-24000.xlsx");
        // system properties, because properties given to the builder lose to application.properties
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty("server.port", "0");
        System.setProperty("ccbench.kpi.lock-days", "1000");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("spring.main.banner-mode", "off");
        System.setProperty("logging.level.org.ccbench.kpi.SubmissionUploadService", "DEBUG");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).profiles("demo")
                .run()) {
            DSLContext dsl = context.getBean(DSLContext.class);
            SubmissionUploadService uploads = context.getBean(SubmissionUploadService.class);
            SignedInUser vendor = (SignedInUser) context.getBean(UserDetailsService.class).loadUserByUsername(VENDOR);
            System.out.printf("max heap: %,d MB%n", Runtime.getRuntime().maxMemory() / 1024 / 1024);

            long seedStart = System.nanoTime();
            seedContracts(dsl);
            System.out.printf("seeded %,d contracts in %,d ms%n", CONTRACTS, millisSince(seedStart));
            long writeStart = System.nanoTime();
            int inputs = writeWorkbook(uploads, context.getBean(KpiCatalogues.class), vendor, file);
            System.out.printf("workbook: %,d unit-months x %d inputs, %,d bytes, written in %,d ms%n",
                    CONTRACTS * MONTHS, inputs, Files.size(file), millisSince(writeStart));

            Runnable empty = () -> emptySubmissions(dsl);
            long expected = expectedRows();
            for (int warmup = 0; warmup < WARMUPS; warmup++) {
                read(file, expected);
                upload(uploads, vendor, file, false, expected, empty);
            }
            resetPeakHeap();
            poiRead(file, expected);
            long[] reads = new long[RUNS];
            long[] poiReads = new long[RUNS];
            long[] drafts = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                reads[run] = read(file, expected);
                poiReads[run] = poiRead(file, expected);
                drafts[run] = upload(uploads, vendor, file, false, expected, empty);
                System.out.printf("run %d: read %,d ms, POI's event reader %,d ms, upload as drafts %,d ms%n",
                        run + 1, reads[run], poiReads[run], drafts[run]);
            }
            report("bare SheetRows read", reads, reads);
            report("POI's event reader without the project's cell conversion", poiReads, reads);
            report("upload as drafts", drafts, reads);
            report("upload as drafts against POI's event reader", drafts, poiReads);
            if (!draftsOnly) {
                long[] submits = new long[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    submits[run] = upload(uploads, vendor, file, true, expected, empty);
                    System.out.printf("run %d: upload with submit %,d ms%n", run + 1, submits[run]);
                }
                report("upload with submit", submits, reads);
                report("upload with submit against POI's event reader", submits, poiReads);
            }
            System.out.printf("peak heap in use during the runs (sampled): %,d MB%n", peakHeap() / 1024 / 1024);
            System.out.printf("stored: %,d submissions, %,d revisions, %,d audit events%n",
                    dsl.fetchCount(KPI_SUBMISSION), dsl.fetchCount(KPI_REVISION), dsl.fetchCount(AUDIT_EVENT));
            filledTemplate(uploads, vendor, folder.resolve("filled.xlsx"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** What the vendor downloads to correct its stored months: every contract × twelve months, filled from them. */
    private static void filledTemplate(SubmissionUploadService uploads, SignedInUser vendor, Path file)
            throws IOException {
        YearMonth to = TestClock.THIS_MONTH.minusMonths(1);
        long start = System.nanoTime();
        long[] rows = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            SignIn.as(vendor, () -> {
                uploads.writeTemplate(null, to.minusMonths(MONTHS - 1), to, Locale.ENGLISH, (columns, all) ->
                        SubmissionTemplateWorkbook.write(columns, () -> StreamSupport.stream(all.spliterator(), false)
                                .peek(row -> rows[0]++).iterator(), Locale.ENGLISH, out));
                return null;
            });
        }
        System.out.printf("filled template of %,d unit-months, streamed: %,d ms, %,d bytes%n", rows[0],
                millisSince(start), Files.size(file));
    }

    /** 2,000 active contracts of Callcenter Delta for the client and center of its Zwolle contract, every channel. */
    private static void seedContracts(DSLContext dsl) {
        dsl.execute("""
                insert into reporting_unit (kind, client_organisation_id, contact_center_id, vendor_organisation_id,
                    name, channels, start_date, status, created_at, created_by, updated_at, updated_by)
                select u.kind, u.client_organisation_id, u.contact_center_id, u.vendor_organisation_id,
                    'Benchmark contract ' || lpad(cast(r."X" as varchar), 4, '0'), ?, date '2020-01-01', 'ACTIVE',
                    current_timestamp, 'benchmark', current_timestamp, 'benchmark'
                from reporting_unit u, system_range(1, ?) r
                where u.id = (select min(id) from reporting_unit where name = 'Zwolle telefonie')
                """, ALL_CHANNELS, CONTRACTS);
    }

    /** A fresh state for each upload: no submissions, no audit events (truncated, as deleting millions is slow). */
    private static void emptySubmissions(DSLContext dsl) {
        dsl.execute("truncate table audit_event");
        dsl.execute("update kpi_submission set approved_revision_id = null");
        dsl.execute("delete from kpi_revision");
        dsl.execute("delete from kpi_submission");
    }

    /**
     * The template of the vendor's benchmark contracts for the last twelve months, every served input filled. The
     * rows share a few value maps, so the template itself stays small in a 256 MB heap.
     */
    private static int writeWorkbook(SubmissionUploadService uploads, KpiCatalogues catalogues, SignedInUser vendor,
                                     Path file) throws IOException {
        YearMonth to = TestClock.THIS_MONTH.minusMonths(1);
        YearMonth from = to.minusMonths(MONTHS - 1);
        SubmissionTemplate template = SignIn.as(vendor, () -> uploads.template(to, to, Locale.ENGLISH));
        Set<String> channels = Set.of("phone", "chat", "email", "social", "messaging", "self_service");
        List<String> served = new InputRules(catalogues.current(), channels).inputsOfUnit().stream()
                .map(InputKey::field).toList();
        List<Map<String, BigDecimal>> months = new ArrayList<>();
        for (int seed = 0; months.size() < 97; seed++) {
            Map<InputKey, BigDecimal> values = BenchmarkMonths.month(channels, seed);
            if (warns(to, values)) {
                continue;
            }
            if (!values.keySet().stream().map(InputKey::field).collect(Collectors.toSet()).containsAll(served)) {
                throw new IllegalStateException("the benchmark months miss inputs of the catalogue");
            }
            months.add(Map.copyOf(values.entrySet().stream().collect(Collectors.toMap(
                    entry -> entry.getKey().field(), Map.Entry::getValue))));
        }
        List<SubmissionTemplate.Row> rows = new ArrayList<>();
        List<String> servedList = List.copyOf(served);
        int index = 0;
        for (SubmissionTemplate.Row unit : template.rows()) {
            if (!unit.unitName().startsWith("Benchmark contract")) {
                continue;
            }
            // One value map per contract for all its months: the month-on-month checks (a KPI changed by more than
            // 50 %) then warn about nothing, so the upload with submit stores every month instead of refusing them.
            Map<String, BigDecimal> values = months.get(index++ % months.size());
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                rows.add(new SubmissionTemplate.Row(unit.unitId(), unit.unitName(), month, servedList, values));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            SubmissionTemplateWorkbook.write(new SubmissionTemplate(template.columns(), rows), Locale.ENGLISH, out);
        }
        return served.size();
    }

    /**
     * Whether a KPI of the month falls outside its plausible range (a soft warning that an upload with submit refuses
     * until someone confirms it in the form): a few of the demo's random months have a shrinkage just below 10 %.
     */
    private static boolean warns(YearMonth month, Map<InputKey, BigDecimal> values) {
        RawInputs.Builder inputs = RawInputs.builder(month);
        values.forEach((key, value) -> inputs.put(key.field(), value));
        for (DerivedKpi kpi : KpiDerivation.derive(inputs.build(), KpiParameters.DEFAULTS)) {
            if (kpi.isOutsidePlausibleRange()) {
                return true;
            }
        }
        return false;
    }

    private static long expectedRows() {
        return (long) CONTRACTS * MONTHS;
    }

    private static long read(Path file, long expected) throws IOException {
        long[] dataRows = {0};
        long start = System.nanoTime();
        SheetRows.read(file, UploadFormat.XLSX, (sheet, row, cells) -> {
            if (SubmissionTemplateWorkbook.INPUTS_SHEET.equals(sheet) && row >= SubmissionTemplateWorkbook.FIRST_DATA_ROW) {
                dataRows[0]++;
            }
        });
        long millis = millisSince(start);
        if (dataRows[0] != expected) {
            throw new IllegalStateException("read " + dataRows[0] + " rows, expected " + expected);
        }
        return millis;
    }

    private static long poiRead(Path file, long expected) throws IOException {
        long start = System.nanoTime();
        // FIRST_DATA_ROW counts from 1, as people and the project's reader do; POI counts from 0
        long rows = PoiEventRead.rows(file, SubmissionTemplateWorkbook.INPUTS_SHEET,
                SubmissionTemplateWorkbook.FIRST_DATA_ROW - 1);
        long millis = millisSince(start);
        if (rows != expected) {
            throw new IllegalStateException("POI read " + rows + " rows, expected " + expected);
        }
        return millis;
    }

    private static long upload(SubmissionUploadService uploads, SignedInUser vendor, Path file, boolean submit,
                               long expected, Runnable empty) {
        empty.run();
        long start = System.nanoTime();
        int stored = SignIn.as(vendor, () -> uploads.upload(file, "kpi-24000.xlsx", submit, Locale.ENGLISH));
        long millis = millisSince(start);
        if (stored != expected) {
            throw new IllegalStateException("stored " + stored + " unit-months, expected " + expected);
        }
        return millis;
    }

    private static void report(String what, long[] times, long[] reads) {
        long[] sorted = times.clone();
        long[] readsSorted = reads.clone();
        Arrays.sort(sorted);
        Arrays.sort(readsSorted);
        System.out.printf("%s: best %,d ms, median %,d ms; ratio to the bare read (median/median) %.2f%n", what,
                sorted[0], sorted[sorted.length / 2], (double) sorted[sorted.length / 2] / readsSorted[readsSorted.length / 2]);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK_HEAP = new java.util.concurrent.atomic.AtomicLong();

    /** Samples the heap in use every 10 ms (the pools' own peaks add up maxima of different moments). */
    private static void resetPeakHeap() {
        PEAK_HEAP.set(0);
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK_HEAP.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long peakHeap() {
        return PEAK_HEAP.get();
    }
}
