package org.ccbench.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 5 failures within 15 minutes lock for 15 minutes, each later lock twice as long up to 4 hours, forgotten after a day. */
class ThrottleRuleTest {

    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
            Duration.ofHours(4), Duration.ofHours(24));
    private static final Instant T0 = Instant.parse("2026-03-10T08:30:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        ThrottleState state = fail(null, 4, T0, Duration.ofMinutes(3));
        assertThat(state.lockedAt(T0.plusSeconds(720))).isFalse();
        assertThat(state.failures()).isEqualTo(4);

        ThrottleState locked = RULE.afterFailure(state, T0.plus(Duration.ofMinutes(14)));
        assertThat(ThrottleRule.lockStarted(state, locked, T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(29)));
        assertThat(locked.lockouts()).isOne();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        ThrottleState state = fail(null, 10, T0, Duration.ofMinutes(4));
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void aFailureWhileLockedChangesNothing() {
        ThrottleState locked = fail(null, 5, T0, Duration.ofSeconds(10));
        assertThat(RULE.afterFailure(locked, T0.plus(Duration.ofMinutes(5)))).isEqualTo(locked);
    }

    @Test
    void afterALockEndsFiveNewFailuresLockTwiceAsLong() {
        ThrottleState first = fail(null, 5, T0, Duration.ofSeconds(10));
        Instant afterFirst = first.lockedUntil().plusSeconds(1);
        ThrottleState second = fail(first, 5, afterFirst, Duration.ofSeconds(10));
        assertThat(second.lockouts()).isEqualTo(2);
        assertThat(Duration.between(afterFirst.plusSeconds(40), second.lockedUntil())).isEqualTo(Duration.ofMinutes(30));
    }

    @ParameterizedTest(name = "lock {0} lasts {1} minutes")
    @CsvSource(textBlock = """
            1, 15
            2, 30
            3, 60
            4, 120
            5, 240
            6, 240
            40, 240
            """)
    void locksDoubleUpToTheCap(int lockout, long minutes) {
        assertThat(RULE.lockLength(lockout)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void earlierLocksAreForgottenAfterADayWithoutFailures() {
        ThrottleState first = fail(null, 5, T0, Duration.ofSeconds(10));
        ThrottleState later = RULE.afterFailure(first, T0.plus(Duration.ofHours(25)));
        assertThat(later.lockouts()).isZero();
        assertThat(later.failures()).isOne();
    }

    private static ThrottleState fail(ThrottleState start, int times, Instant from, Duration apart) {
        ThrottleState state = start;
        for (int i = 0; i < times; i++) {
            state = RULE.afterFailure(state, from.plus(apart.multipliedBy(i)));
        }
        return state;
    }
}
