package org.ccbench.benchmark;

import static org.ccbench.db.Tables.KPI_PERIOD_SUM;

import java.time.YearMonth;
import java.util.function.Supplier;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.kpi.internal.PeriodSums;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.security.SignedInUser;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.BenchmarkStamps;
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
 * A benchmark, not a test (issue 18 goal 1): what the Benchmark page asks of {@link BenchmarkService} at 3,000
 * organisations with three years of approved months, as {@code BenchmarkView} asks it — a KPI's figure for a period
 * with its twelve-month trend, first for a period (nothing kept in memory), then after a change of KPI, then the
 * in-house against outsourced tab — beside the bare read of the period's approved months and of its stored sums. The
 * generated months are written straight into the tables, so the first figure of each year also sums and stores them,
 * as the first read after an upgrade would; it is reported on its own. Prints its timings. Run with
 * {@code ./mvnw -o test -Dtest=BenchmarkPageAtScaleBenchmark -Dccbench.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dccbench.benchmark.organisations=…} for another size,
 * {@code -Dccbench.test.h2-directory=…} for an H2 file database like the portal's own instead of one in memory,
 * {@code -Dccbench.test.reuse-database=true} with an H2 file database or PostgreSQL to measure again on the world
 * the last run left there without generating it again; its first figure then finds the sums stored;
 * {@code -Dccbench.benchmark.quarter-rounds=…} to time the quarter's figure again that many times, nothing kept).
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "ccbench.benchmark", matches = "true")
class BenchmarkPageAtScaleBenchmark {

    static final YearMonth LAST = BenchmarkPageWorld.LAST;

    @Autowired
    TestData data;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    KpiCatalogues catalogues;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    PeriodSums periodSums;

    SignedInUser manager;
    long unitId;

    @BeforeAll
    void largeWorld() {
        BenchmarkPageWorld world = BenchmarkPageWorld.generateOrReuse(data, dsl, transaction, catalogues);
        manager = world.manager();
        unitId = world.unitId();
    }

    @Test
    void thePageAtThreeThousandOrganisations() {
        for (int yearsBack = 1; yearsBack <= 3; yearsBack++) {
            BenchmarkPeriod year = BenchmarkPeriod.year(TestClock.THIS_MONTH.getYear() - yearsBack);
            long bare = time(() -> approvedMonths.between(year.first(), year.last()).size());
            long summing = time(() -> showFigure("CSAT", year));
            long storing = time(this::awaitStored);
            forgetWhatIsKeptInMemory();
            long bareSums = time(() -> bareReadOfStoredSums(year));
            long figure = time(() -> as(() -> benchmarks.compare(unitId, "CSAT", year, PeerScope.AUTOMATIC,
                    EditionChoice.LIVE)).hashCode());
            forgetWhatIsKeptInMemory();
            long first = time(() -> showFigure("CSAT", year));
            long otherKpi = time(() -> showFigure("SL[phone]", year));
            long thirdKpi = time(() -> showFigure("AHT[phone]", year));
            long sourcing = time(() -> as(() -> benchmarks.inHouseVersusOutsourced(year)).size());
            System.out.printf("BENCHMARK %s: bare read of the year's approved months %d ms; first figure with trend "
                    + "summing the stored sums first %d ms (then %d ms until the writer had stored them); bare read of the stored sums %d ms; with the sums stored, "
                    + "first figure %d ms (%.1fx the bare read of the sums), first figure with trend %d ms (%.1fx); "
                    + "change of KPI %d ms and %d ms; in-house vs outsourced tab %d ms%n",
                    year.label(), bare, summing, storing, bareSums, figure, (double) figure / bareSums, first,
                    (double) first / bareSums, otherKpi, thirdKpi, sourcing);
        }
        BenchmarkPeriod quarter = BenchmarkPeriod.quarter(LAST.minusMonths(2));
        long quarterFirst = time(() -> showFigure("CSAT", quarter));
        long quarterAgain = time(() -> showFigure("SL[phone]", quarter));
        System.out.printf("BENCHMARK change of period to %s: %d ms, then a change of KPI %d ms%n", quarter.label(),
                quarterFirst, quarterAgain);
        for (int round = 0; round < Integer.getInteger("ccbench.benchmark.quarter-rounds", 0); round++) {
            forgetWhatIsKeptInMemory();
            long bareSums = time(() -> bareReadOfStoredSums(quarter));
            long figure = time(() -> as(() -> benchmarks.compare(unitId, "CSAT", quarter, PeerScope.AUTOMATIC,
                    EditionChoice.LIVE)).hashCode());
            System.out.printf("BENCHMARK %s not kept, its stored sums: figure %d ms, bare read of the sums %d ms%n",
                    quarter.label(), figure, bareSums);
        }
    }

    /**
     * As after a restart or on another node: new stamps of the units and exclusions give every period a new key, so
     * nothing kept in memory is used, while every unit's stored sums still match their months.
     */
    private void forgetWhatIsKeptInMemory() {
        transaction.executeWithoutResult(status -> BenchmarkStamps.everythingChanged(dsl));
    }

    private int awaitStored() {
        try {
            periodSums.awaitStored();
            return 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bare query under a figure: the period's stored sums as bytes, not decoded. */
    private int bareReadOfStoredSums(BenchmarkPeriod period) {
        return transaction.execute(status -> dsl.select(KPI_PERIOD_SUM.UNIT_ID, KPI_PERIOD_SUM.FINGERPRINT,
                        KPI_PERIOD_SUM.INPUTS, KPI_PERIOD_SUM.DEFINITIONS).from(KPI_PERIOD_SUM)
                .where(KPI_PERIOD_SUM.FIRST_MONTH.eq(period.first().atDay(1)),
                        KPI_PERIOD_SUM.MONTHS.eq(period.months().size()))
                .fetch().stream().mapToInt(row -> row.value3().length).sum());
    }

    /** What the page's figure panel asks: the figure, then the trend of the last twelve months. */
    private int showFigure(String kpi, BenchmarkPeriod period) {
        return as(() -> {
            benchmarks.compare(unitId, kpi, period, PeerScope.AUTOMATIC, EditionChoice.LIVE);
            return benchmarks.trend(unitId, kpi, LAST, 12, PeerScope.AUTOMATIC).size();
        });
    }

    private long time(Supplier<Integer> action) {
        long started = System.nanoTime();
        action.get();
        return millis(started);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private <T> T as(Supplier<T> action) {
        return SignIn.as(manager, action);
    }
}
