package org.ccbench.benchmark.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads a Benchmark page's twelve-month trend away from the request (issue 18): the page shows the figure at once and
 * the trend when it is read, which takes seconds when its months are not kept in memory (after a restart, or a change
 * on any node) and well under a second when they are. The page waits {@code ccbench.benchmark.trend-wait} for it
 * before it answers without it. One virtual thread per read, as the signed-in user, and no more reads at once than the
 * node has cores (at least two): a user paging through the KPI picker starts a read per KPI, and each holds a database
 * connection while it runs (the page skips the reads it no longer needs when their turn comes).
 */
@Component
class DeferredTrends implements DisposableBean {

    private final ExecutorService virtualThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("benchmark-trend-", 0).factory());
    private final SecurityContextHolderStrategy contexts;
    private final Semaphore turns;
    private volatile Duration wait;
    private volatile Executor threads = virtualThreads;

    @Autowired
    DeferredTrends(@Value("${ccbench.benchmark.trend-wait:250ms}") Duration wait,
                   ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this(wait, strategy, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    DeferredTrends(Duration wait, ObjectProvider<SecurityContextHolderStrategy> strategy, int readsAtOnce) {
        this.wait = wait;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.turns = new Semaphore(readsAtOnce, true);
    }

    /** How long a page waits for its trend before it answers without it. */
    Duration waitBeforeAnswering() {
        return wait;
    }

    /** Starts the read on its own thread, as the user signed in on this one, when it is its turn. */
    <T> CompletableFuture<T> read(Supplier<T> read) {
        DelegatingSecurityContextExecutor asUser = new DelegatingSecurityContextExecutor(threads,
                contexts.getContext());
        asUser.setSecurityContextHolderStrategy(contexts);
        return CompletableFuture.supplyAsync(() -> inTurn(read), asUser);
    }

    private <T> T inTurn(Supplier<T> read) {
        turns.acquireUninterruptibly();
        try {
            return read.get();
        } finally {
            turns.release();
        }
    }

    /** For tests of a page that answers before its trend is read: reads on {@code executor}, pages waiting as long. */
    void readOn(Executor executor, Duration wait) {
        this.threads = executor;
        this.wait = wait;
    }

    @Override
    public void destroy() {
        virtualThreads.shutdownNow();
    }
}
