package org.ccbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.internal.LargeKpiWorld;
import org.ccbench.report.YearlyReportService.Format;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark, not a test: how long the report takes for 3,000 organisations (LargeKpiWorld, about 3,900 units), a
 * quarter and a year of approved months. Prints its timings; asserts only that the report holds figures. Run with
 * {@code ./mvnw -o test -Dtest=YearlyReportAtScaleBenchmark -Dccbench.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "ccbench.benchmark", matches = "true")
class YearlyReportAtScaleBenchmark {

    static final int ORGANISATIONS = 3_000;
    static final int RUNS = 3;
    static final BenchmarkPeriod YEAR = BenchmarkPeriod.year(TestClock.THIS_MONTH.getYear() - 1);

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KpiCatalogues catalogues;

    @Autowired
    YearlyReportService reports;

    SignedInUser manager;

    @BeforeAll
    void largeWorld() {
        data.clear();
        long started = System.nanoTime();
        LargeKpiWorld world = transaction.execute(status -> LargeKpiWorld.generate(dsl, catalogues.current(),
                20261204L, ORGANISATIONS, 60, YEAR.months()));
        System.out.printf("BENCHMARK generated %d organisations, %d units, %d unit-months in %d ms%n", ORGANISATIONS,
                world.units().size(), world.units().size() * 12, millis(started));
        LargeKpiWorld.Unit subject = world.units().stream().filter(unit -> !unit.inHouse()).findFirst().orElseThrow();
        manager = data.user("sourcing@large.example", "Large sourcing", subject.organisationId(),
                Role.SOURCING_MANAGER);
    }

    @Test
    void reportOfAQuarterAndOfTheYear() {
        for (BenchmarkPeriod period : periods()) {
            for (int run = 1; run <= RUNS; run++) {
                long started = System.nanoTime();
                YearlyReport report = as(() -> reports.build(period, null, Locale.ENGLISH));
                long built = millis(started);
                long pdf = export(report, Format.PDF);
                long xlsx = export(report, Format.XLSX);
                System.out.printf("BENCHMARK %s run %d: figures %d ms, PDF %d ms, xlsx %d ms%n", period.label(), run,
                        built, pdf, xlsx);
                assertThat(report.benchmark().kpis()).anyMatch(kpi -> kpi.cells().getFirst().shown());
            }
        }
    }

    /** The quarter and the year; {@code -Dccbench.benchmark.periods=quarter} (or {@code year}) runs one of them. */
    private static List<BenchmarkPeriod> periods() {
        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(YearMonth.of(YEAR.first().getYear(), 10));
        return switch (System.getProperty("ccbench.benchmark.periods", "both")) {
            case "quarter" -> List.of(quarter);
            case "year" -> List.of(YEAR);
            default -> List.of(quarter, YEAR);
        };
    }

    private long export(YearlyReport report, Format format) {
        long started = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(() -> {
            reports.export(report, format, Locale.ENGLISH, out);
            return null;
        });
        return millis(started);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as(manager, action);
    }
}
