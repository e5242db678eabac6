package org.ccbench.security.login;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins lock an account or block a client address: {@code maxFailures} failures within
 * {@code window} lock it for {@code firstLock}; each later lock lasts twice as long as the one before, up to
 * {@code maxLock}. After {@code forgetAfter} without a failure the earlier locks are forgotten.
 */
public record ThrottleRule(int maxFailures, Duration window, Duration firstLock, Duration maxLock,
                           Duration forgetAfter) {

    public ThrottleRule {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || firstLock.isNegative() || firstLock.isZero()
                || maxLock.compareTo(firstLock) < 0 || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("ccbench.login: need max-failures >= 1, a positive window and lock, "
                    + "and max-lock >= lock; got " + this);
        }
    }

    /** The state after one more failure at {@code now}; a failure while locked changes nothing. */
    public ThrottleState afterFailure(ThrottleState before, Instant now) {
        if (before != null && before.lockedAt(now)) {
            return before;
        }
        boolean forgotten = before == null || before.lastFailureAt().plus(forgetAfter).isBefore(now);
        int lockouts = forgotten ? 0 : before.lockouts();
        boolean newWindow = forgotten || before.lockedUntil() != null
                || !before.windowStarted().plus(window).isAfter(now);
        int failures = newWindow ? 1 : before.failures() + 1;
        Instant windowStarted = newWindow ? now : before.windowStarted();
        if (failures >= maxFailures) {
            return new ThrottleState(0, now, now, lockouts + 1, now.plus(lockLength(lockouts + 1)));
        }
        return new ThrottleState(failures, windowStarted, now, lockouts, null);
    }

    /** How long the {@code lockout}-th lock in a row lasts: the first lock, doubled each time, at most the cap. */
    public Duration lockLength(int lockout) {
        Duration length = firstLock;
        for (int i = 1; i < lockout && length.compareTo(maxLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLock) > 0 ? maxLock : length;
    }

    /** True when this failure started a lock (the state before was not locked, the state after is). */
    public static boolean lockStarted(ThrottleState before, ThrottleState after, Instant now) {
        return after.lockedAt(now) && (before == null || !before.lockedAt(now));
    }
}
