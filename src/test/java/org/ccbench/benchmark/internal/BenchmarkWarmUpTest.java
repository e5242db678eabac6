package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ccbench.db.Tables.KPI_PERIOD_SUM;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.BenchmarkStamps;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;

/**
 * Issue 18: after start the trend window the Benchmark page opens on is read, summed and stored once, and so are the
 * quarters and years it offers.
 */
@DemoPortalTest
class BenchmarkWarmUpTest {

    @Autowired
    BenchmarkWarmUp warmUp;

    @Autowired
    DSLContext dsl;

    @Autowired
    List<ApplicationRunner> runners;

    /** Another test of this context may have left the months emptied (ExclusionServiceTest does). */
    @BeforeEach
    void demoMonths() throws Exception {
        KpiTables.demoMonths(dsl, runners);
    }

    @Test
    void theTrendWindowEndingLastMonthIsSummedAndStored() {
        dsl.deleteFrom(KPI_PERIOD_SUM).execute();
        nothingKeptInMemory();
        YearMonth last = TestClock.THIS_MONTH.minusMonths(1);

        warmUp.warmUp();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> storedAsRead(last));
    }

    @Test
    void theQuartersAndYearsThePageOffersAreSummedAndStored() {
        dsl.deleteFrom(KPI_PERIOD_SUM).execute();
        nothingKeptInMemory();
        List<BenchmarkPeriod> longer = BenchmarkPeriod.offered(TestClock.THIS_MONTH.minusMonths(1)).stream()
                .filter(period -> period.kind() != BenchmarkPeriod.Kind.MONTH).toList();

        warmUp.warmUp();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            int summed = 0;
            for (BenchmarkPeriod period : longer) {
                int covering = coveringUnits(period.first(), period.last());
                assertThat(dsl.fetchCount(KPI_PERIOD_SUM, KPI_PERIOD_SUM.FIRST_MONTH.eq(period.first().atDay(1)),
                        KPI_PERIOD_SUM.MONTHS.eq(period.months().size()))).as(period.label()).isEqualTo(covering);
                summed += covering;
            }
            assertThat(summed).as("units covering a quarter or year of the demo").isPositive();
        });
    }

    @Test
    void aChangeOfWhatTheWarmUpReadIsFoundAtTheNextCheck() {
        warmUp.warmUp();
        assertThat(warmUp.changedSinceLastWarmUp()).as("right after a warm-up").isFalse();

        BenchmarkStamps.everythingChanged(dsl);

        assertThat(warmUp.changedSinceLastWarmUp()).isTrue();
        warmUp.warmUp();
        assertThat(warmUp.changedSinceLastWarmUp()).isFalse();
    }

    private void storedAsRead(YearMonth last) {
        Map<YearMonth, Integer> stored = dsl.select(KPI_PERIOD_SUM.FIRST_MONTH, DSL.count())
                .from(KPI_PERIOD_SUM).where(KPI_PERIOD_SUM.MONTHS.eq(1)).groupBy(KPI_PERIOD_SUM.FIRST_MONTH)
                .fetchMap(row -> YearMonth.from(row.value1()), row -> row.value2());
        assertThat(stored).isNotEmpty();
        for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            assertThat(stored.getOrDefault(month, 0)).as(month.toString())
                    .isEqualTo(coveringUnits(month, month));
        }
        assertThat(stored.keySet()).allMatch(month -> !month.isBefore(last.minusMonths(11)) && !month.isAfter(last));
    }

    /**
     * The units whose approved months cover the period, counted in SQL: {@link org.ccbench.kpi.ApprovedMonths#covering}
     * would store their sums itself.
     */
    private int coveringUnits(YearMonth first, YearMonth last) {
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        return dsl.fetchCount(dsl.select(KPI_SUBMISSION.UNIT_ID).from(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.PERIOD.between(first.atDay(1), last.atDay(1)),
                        KPI_SUBMISSION.APPROVED_REVISION_ID.isNotNull())
                .groupBy(KPI_SUBMISSION.UNIT_ID).having(DSL.count().eq(months)));
    }

    /** Another test of this context may have read the window: new stamps make every key a new one. */
    private void nothingKeptInMemory() {
        BenchmarkStamps.everythingChanged(dsl);
    }
}
