package org.ccbench.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.ccbench.testsupport.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock for tests in which time must pass: it starts at {@link TestClock#NOW} and moves only when a test
 * moves it, so a lock can end without a test sleeping.
 */
public class MovableClock extends Clock {

    private volatile Instant now = TestClock.NOW;

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = TestClock.NOW;
    }

    @Override
    public ZoneId getZone() {
        return TestClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Puts a movable clock in place of the portal's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
