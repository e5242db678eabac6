package org.ccbench.base;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that dates campaigns and submissions, so tests can set the date. Its zone is configured
 * ({@code ccbench.time-zone}), not the machine's, so every node has the same "today".
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(@Value("${ccbench.time-zone:Europe/Amsterdam}") String zone) {
        try {
            return Clock.system(ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            throw new StartupRefusedException("CCBENCH_TIME_ZONE '" + zone + "' is not a time zone.",
                    "Set a region id such as Europe/Amsterdam, the same on every node.");
        }
    }
}
