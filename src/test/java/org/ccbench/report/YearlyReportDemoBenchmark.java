package org.ccbench.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.KpiTables;
import org.ccbench.report.YearlyReportService.Format;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A benchmark, not a test: how long the demo's report takes (its last whole quarter, as a sourcing manager). Run with
 * {@code ./mvnw -o test -Dtest=YearlyReportDemoBenchmark -Dccbench.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DemoPortalTest
@EnabledIfSystemProperty(named = "ccbench.benchmark", matches = "true")
class YearlyReportDemoBenchmark {

    @Autowired
    YearlyReportService reports;

    @Autowired
    org.ccbench.benchmark.Distributions distributions;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void demoReport() throws Exception {
        KpiTables.demoMonths(dsl, runners);
        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(TestClock.THIS_MONTH.minusMonths(3));
        for (String reader : List.of("sourcing@noordzee-energie.example", "vendor@callcenter-delta.example")) {
            for (int run = 1; run <= 3; run++) {
                long started = System.nanoTime();
                YearlyReport report = as(reader, () -> reports.build(quarter, null, Locale.ENGLISH));
                long built = millis(started);
                started = System.nanoTime();
                as(reader, () -> distributions.of(quarter, org.ccbench.benchmark.EditionChoice.LIVE));
                System.out.printf("BENCHMARK demo distributions alone %d ms%n", millis(started));
                started = System.nanoTime();
                as(reader, () -> {
                    reports.export(report, Format.PDF, Locale.ENGLISH, new ByteArrayOutputStream());
                    return null;
                });
                long pdf = millis(started);
                started = System.nanoTime();
                as(reader, () -> {
                    reports.export(report, Format.XLSX, Locale.ENGLISH, new ByteArrayOutputStream());
                    return null;
                });
                System.out.printf("BENCHMARK demo %s %s run %d: figures %d ms, PDF %d ms, xlsx %d ms%n", reader,
                        quarter.label(), run, built, pdf, millis(started));
            }
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
