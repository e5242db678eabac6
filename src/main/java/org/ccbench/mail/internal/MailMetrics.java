package org.ccbench.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.ccbench.mail.MailMessage.MailStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ccbench.mails{status}}: the e-mails in the database by status (outbox, queued, sent, failed), read from the
 * database, so every node reports the same numbers whichever node sent them. A scrape reads the counts once (one
 * grouped query, reused for {@link #MAX_AGE}); if the database cannot be read, the gauges are NaN for that scrape.
 */
@Component
class MailMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(MailMetrics.class);

    private final MailCountRepository counts;
    private Map<String, Long> last = Map.of();
    private long readAt;
    private boolean read;

    MailMetrics(MailCountRepository counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailStatus status : MailStatus.values()) {
            Gauge.builder("ccbench.mails", this, metrics -> metrics.count(status))
                    .description("e-mails in the database, by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    /** The current count of one status; measures elapsed time with the monotonic clock, not the portal's Clock. */
    synchronized double count(MailStatus status) {
        long now = System.nanoTime();
        if (!read || now - readAt > MAX_AGE.toNanos()) {
            try {
                last = counts.countByStatus();
                read = true;
                readAt = now;
            } catch (RuntimeException e) {
                log.debug("Could not count the e-mails by status", e);
                read = false;
                return Double.NaN;
            }
        }
        return last.getOrDefault(status.name(), 0L);
    }
}
