package org.ccbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Every node takes "today" in the configured zone, never the machine's. */
class ClockConfigTest {

    @Test
    void theClockRunsInTheConfiguredZoneWhateverTheMachineSays() {
        assertThat(new ClockConfig().clock("Europe/Amsterdam").getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(new ClockConfig().clock(" America/New_York ").getZone())
                .isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void anUnknownZoneStopsTheNodeWithAMessage() {
        assertThatThrownBy(() -> new ClockConfig().clock("Europe/Amstredam"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("CCBENCH_TIME_ZONE 'Europe/Amstredam' is not a time zone.");
    }
}
