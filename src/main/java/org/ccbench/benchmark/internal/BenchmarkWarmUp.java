package org.ccbench.benchmark.internal;

import java.time.Clock;
import java.time.YearMonth;
import org.ccbench.kpi.ApprovedMonths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the Benchmark page's twelve-month trend window once after start, on a background thread (issue 18): its
 * months are what the page opens on, so the first user after a restart finds them kept instead of waiting for every
 * unit's months of a year. It also sums whatever is not yet stored after an upgrade. Off with
 * {@code ccbench.benchmark.warm-up=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BenchmarkWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkWarmUp.class);

    private final PeriodUnitsCache periods;
    private final PeerData live;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final boolean enabled;

    BenchmarkWarmUp(PeriodUnitsCache periods, ApprovedMonths approvedMonths, ExclusionRepository exclusions,
                    PlatformTransactionManager transactions, Clock clock,
                    @Value("${ccbench.benchmark.warm-up:true}") boolean enabled) {
        this.periods = periods;
        this.live = PeerData.live(approvedMonths::between, exclusions::excludedFor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            Thread.ofVirtual().name("benchmark-warm-up").start(this::warmUp);
        }
    }

    /** The trend window ending last month, as the page asks for it. */
    void warmUp() {
        long started = System.nanoTime();
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        try {
            int months = readOnly.execute(status -> periods.monthByMonth(last.minusMonths(11), last, live).size());
            LOG.info("Benchmark trend of {} months read in {} ms", months, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the benchmark trend after start; the first Benchmark page will read it", e);
        }
    }
}
