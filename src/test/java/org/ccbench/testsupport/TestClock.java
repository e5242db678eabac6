package org.ccbench.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time every Spring test runs at, whatever day the suite runs: the portal's clock stands still at {@link #NOW},
 * so the demo data, the locking of months (45 days after a month ends) and every "this month" are the same on each
 * run. The 10th of a month is chosen on purpose: the month before last is then still open, which a
 * test that took its months from the wall clock got wrong in the first half of every month (issue 13 §2).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Instant NOW = ZonedDateTime.of(2026, 3, 10, 9, 30, 0, 0, ZONE).toInstant();
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
    public static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

    /** The time on the test clock, e.g. to date a row the way the portal would. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(CLOCK);
    }

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }
}
