package org.ccbench.benchmark.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.kpi.ApprovedMonths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the Benchmark page's twelve-month trend window once after start, on a background thread (issue 18): its
 * months are what the page opens on, so the first user after a restart finds them kept instead of waiting for every
 * unit's months of a year. Then the quarters and years the page offers. It also sums whatever is not yet stored after
 * an upgrade or a bulk load. Again at the start of every month ({@code ccbench.benchmark.warm-up-cron}), and within a
 * minute ({@code ccbench.benchmark.re-warm-delay}) of any change of what it read, on whichever node the change was
 * made: an approval gives its month a new key and a change of a unit or center gives every period one, so without it
 * the next user would read them. One warm-up at a time. Off with {@code ccbench.benchmark.warm-up=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BenchmarkWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkWarmUp.class);

    private final PeriodUnitsCache periods;
    private final ApprovedMonths approvedMonths;
    private final ExclusionRepository exclusions;
    private final PeerData live;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();
    /** The data version the last warm-up read, {@code null} before the first. */
    private volatile String warmedFor;

    BenchmarkWarmUp(PeriodUnitsCache periods, ApprovedMonths approvedMonths, ExclusionRepository exclusions,
                    PlatformTransactionManager transactions, Clock clock,
                    @Value("${ccbench.benchmark.warm-up:true}") boolean enabled) {
        this.periods = periods;
        this.approvedMonths = approvedMonths;
        this.exclusions = exclusions;
        this.live = PeerData.live(approvedMonths::between, exclusions::excludedFor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        inBackground();
    }

    /**
     * The same again when a month starts: the trend window moves on by a month, and the page may offer a quarter or
     * year that has just closed.
     */
    @Scheduled(cron = "${ccbench.benchmark.warm-up-cron:0 7 0 1 * *}", zone = "${ccbench.time-zone:Europe/Amsterdam}")
    void everyNewMonth() {
        inBackground();
    }

    /** The same again when the data it read has changed since (one indexed read of the stamps to find out). */
    @Scheduled(initialDelayString = "${ccbench.benchmark.re-warm-delay:60000}",
            fixedDelayString = "${ccbench.benchmark.re-warm-delay:60000}")
    void whenTheDataChanged() {
        if (enabled && changedSinceLastWarmUp()) {
            inBackground();
        }
    }

    /** Whether anything the last warm-up read has changed since, or nothing was read yet. */
    boolean changedSinceLastWarmUp() {
        return !dataVersion().equals(warmedFor);
    }

    /**
     * On a virtual thread of its own: the scheduler's other jobs (mail) do not wait for minutes of summing; a warm-up
     * still running is not started twice.
     */
    private void inBackground() {
        if (enabled && running.compareAndSet(false, true)) {
            Thread.ofVirtual().name("benchmark-warm-up").start(() -> {
                try {
                    warmUp();
                } finally {
                    running.set(false);
                }
            });
        }
    }

    /** The stamps of every month the warm-up reads, the units' and the exclusions'. */
    private String dataVersion() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = BenchmarkPeriod.offered(last).stream().map(BenchmarkPeriod::first)
                .reduce(last.minusMonths(11), (one, other) -> one.isBefore(other) ? one : other);
        return readOnly.execute(status -> approvedMonths.version(first, last) + " " + exclusions.version());
    }

    /**
     * The trend window ending last month, as the page asks for it, then the quarters and years the page offers, so
     * that a first change of period finds them summed and stored (30,000 units' months of a year never summed take
     * seconds to sum).
     */
    void warmUp() {
        long started = System.nanoTime();
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        try {
            warmedFor = dataVersion();
            int months = readOnly.execute(status -> periods.monthByMonth(last.minusMonths(11), last, live).size());
            LOG.info("Benchmark trend of {} months read in {} ms", months, millis(started));
            List<BenchmarkPeriod> longer = BenchmarkPeriod.offered(last).stream()
                    .filter(period -> period.kind() != BenchmarkPeriod.Kind.MONTH).toList();
            long periodsStarted = System.nanoTime();
            longer.forEach(period -> readOnly.executeWithoutResult(status -> periods.units(period,
                    EditionChoice.LIVE, live)));
            LOG.info("Benchmark quarters and years {} read in {} ms",
                    longer.stream().map(BenchmarkPeriod::label).toList(), millis(periodsStarted));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the benchmark periods after start; the first Benchmark page will read them", e);
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
