package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metrics token: only the configured one matches, and nothing matches when none is configured. */
class MonitoringTokenTest {

    @Test
    void onlyTheConfiguredTokenMatches() {
        MonitoringToken token = new MonitoringToken("s3cret-token-for-the-scraper");

        assertThat(token.isConfigured()).isTrue();
        assertThat(token.matches("s3cret-token-for-the-scraper")).isTrue();
        assertThat(token.matches(" s3cret-token-for-the-scraper ")).as("spaces around it").isTrue();
        assertThat(token.matches("s3cret-token-for-the-scrape")).isFalse();
        assertThat(token.matches("S3CRET-TOKEN-FOR-THE-SCRAPER")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNothingMatches() {
        for (String configured : new String[] {null, "", "   "}) {
            MonitoringToken token = new MonitoringToken(configured);
            assertThat(token.isConfigured()).isFalse();
            assertThat(token.matches("")).isFalse();
            assertThat(token.matches("   ")).isFalse();
            assertThat(token.matches(null)).isFalse();
        }
    }
}
