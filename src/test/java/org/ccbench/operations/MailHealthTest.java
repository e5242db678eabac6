package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/** Without an SMTP server configured there is no mail health to check (the e-mails stay in the outbox). */
@DemoPortalTest
class MailHealthTest {

    @Autowired
    HealthContributorRegistry health;

    @Test
    void mailHealthExistsOnlyWhenSmtpIsConfigured() {
        assertThat(health.getContributor("mail")).isNull();
        assertThat(health.getContributor("db")).isNotNull();
    }
}
