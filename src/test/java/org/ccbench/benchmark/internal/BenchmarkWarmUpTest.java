package org.ccbench.benchmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.KPI_PERIOD_SUM;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.ccbench.kpi.ApprovedMonths;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 18: after start the trend window the Benchmark page opens on is read, summed and stored once. */
@DemoPortalTest
class BenchmarkWarmUpTest {

    @Autowired
    BenchmarkWarmUp warmUp;

    @Autowired
    ApprovedMonths approvedMonths;

    @Autowired
    DSLContext dsl;

    @Test
    void theTrendWindowEndingLastMonthIsSummedAndStored() {
        dsl.deleteFrom(KPI_PERIOD_SUM).execute();
        nothingKeptInMemory();
        YearMonth last = TestClock.THIS_MONTH.minusMonths(1);

        warmUp.warmUp();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> storedAsRead(last));
    }

    private void storedAsRead(YearMonth last) {
        Map<YearMonth, Integer> stored = dsl.select(KPI_PERIOD_SUM.FIRST_MONTH, DSL.count())
                .from(KPI_PERIOD_SUM).where(KPI_PERIOD_SUM.MONTHS.eq(1)).groupBy(KPI_PERIOD_SUM.FIRST_MONTH)
                .fetchMap(row -> YearMonth.from(row.value1()), row -> row.value2());
        assertThat(stored).isNotEmpty();
        for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            assertThat(stored.getOrDefault(month, 0)).as(month.toString())
                    .isEqualTo(approvedMonths.covering(month, month).size());
        }
        assertThat(stored.keySet()).allMatch(month -> !month.isBefore(last.minusMonths(11)) && !month.isAfter(last));
    }

    /** Another test of this context may have read the window: a center's new version makes every key a new one. */
    private void nothingKeptInMemory() {
        dsl.update(CONTACT_CENTER).set(CONTACT_CENTER.VERSION, CONTACT_CENTER.VERSION.plus(1))
                .where(CONTACT_CENTER.ID.eq(DSL.select(DSL.min(CONTACT_CENTER.ID)).from(CONTACT_CENTER))).execute();
    }
}
