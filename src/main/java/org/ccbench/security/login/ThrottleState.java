package org.ccbench.security.login;

import java.time.Instant;

/**
 * The failed sign-ins of one account or client address: failures in the current window, how many times it was locked
 * before, and until when it is locked now ({@code null}: not locked).
 */
public record ThrottleState(int failures, Instant windowStarted, Instant lastFailureAt, int lockouts,
                            Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
