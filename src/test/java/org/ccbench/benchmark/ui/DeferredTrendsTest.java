package org.ccbench.benchmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The Benchmark page's trends read away from the request: as the signed-in user, and only so many at once. */
class DeferredTrendsTest {

    final DeferredTrends trends = new DeferredTrends(Duration.ZERO, new StaticListableBeanFactory()
            .getBeanProvider(SecurityContextHolderStrategy.class), 2);

    @AfterEach
    void stop() {
        trends.destroy();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReadRunsAsTheUserWhoStartedIt() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("sanne", "secret"));

        String reader = trends.read(() -> SecurityContextHolder.getContext().getAuthentication().getName()).join();

        assertThat(reader).isEqualTo("sanne");
    }

    @Test
    void noMoreReadsRunAtOnceThanItHasTurnsAndTheOthersWaitForTheirs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Integer>> reads = IntStream.range(0, 5).mapToObj(index -> trends.read(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return index;
        })).toList();
        for (int tries = 0; running.get() < 2 && tries < 1_000; tries++) {
            Thread.sleep(10);
        }
        Thread.sleep(200);

        assertThat(running.get()).as("two reads run, three wait for a turn").isEqualTo(2);
        release.countDown();
        assertThat(reads.stream().map(CompletableFuture::join)).containsExactly(0, 1, 2, 3, 4);
        assertThat(most.get()).isEqualTo(2);
    }
}
