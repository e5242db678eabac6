package org.ccbench.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work such as sending queued e-mails. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
