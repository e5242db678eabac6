package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored times on the portal's wall clock: across midnight, in summer time and on both changes of the clocks. */
class DatesTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest
    @CsvSource(textBlock = """
            # stored time, as the database returns it | shown in Amsterdam
            2026-03-10T08:30Z,                         10-03-2026 09:30
            2026-03-10T09:30+01:00,                    10-03-2026 09:30
            2026-03-09T23:30Z,                         10-03-2026 00:30
            2026-07-01T08:30Z,                         01-07-2026 10:30
            2026-03-29T00:59Z,                         29-03-2026 01:59
            2026-03-29T01:00Z,                         29-03-2026 03:00
            2026-10-25T00:30Z,                         25-10-2026 02:30
            2026-10-25T01:30Z,                         25-10-2026 02:30
            """)
    void aStoredTimeIsShownOnThePortalsWallClockWhateverOffsetItCameBackWith(OffsetDateTime stored, String shown) {
        assertThat(Dates.dateTime(stored, AMSTERDAM)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"Europe/Amsterdam, 10-03-2026 09:30", "UTC, 10-03-2026 08:30", "Europe/London, 10-03-2026 08:30",
            "America/New_York, 10-03-2026 04:30"})
    void theZoneIsTheConfiguredOneNotTheMachines(String zone, String shown) {
        assertThat(Dates.dateTime(OffsetDateTime.parse("2026-03-10T08:30Z"), ZoneId.of(zone))).isEqualTo(shown);
    }

    @Test
    void noTimeIsADash() {
        assertThat(Dates.dateTime(null, AMSTERDAM)).isEqualTo("–");
    }
}
