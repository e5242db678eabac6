package org.ccbench.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ccbench.login.*}: when failed sign-ins lock an account (the e-mail address typed, known or not) or block a
 * client address. Defaults: 5 failures within 15 minutes lock an account for 15 minutes; 30 failures from one address
 * within 15 minutes (over any accounts) block that address for 15 minutes; each later lock lasts twice as long as the
 * one before (30, 60, 120 minutes …) up to {@code max-lock}, 4 hours; earlier locks are forgotten after
 * {@code forget-after}, a day without failures.
 */
@ConfigurationProperties("ccbench.login")
public record LoginProtectionProperties(
        @DefaultValue("5") int accountMaxFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("15m") Duration accountLock,
        @DefaultValue("30") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("15m") Duration addressLock,
        @DefaultValue("4h") Duration maxLock,
        @DefaultValue("24h") Duration forgetAfter) {

    public ThrottleRule accountRule() {
        return new ThrottleRule(accountMaxFailures, accountWindow, accountLock, maxLock, forgetAfter);
    }

    public ThrottleRule addressRule() {
        return new ThrottleRule(addressMaxFailures, addressWindow, addressLock, maxLock, forgetAfter);
    }
}
