package org.ccbench.todo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.ccbench.security.Role;

/** How often a user receives the e-mail digest of their to-do list. */
public enum DigestFrequency {
    DAILY, WEEKLY, OFF;

    /** Weekly digests go out on this day. */
    public static final DayOfWeek WEEKLY_ON = DayOfWeek.MONDAY;

    /** Without a choice of their own: weekly for vendors' account managers and sourcing managers, off for others. */
    public static DigestFrequency defaultFor(Set<Role> roles) {
        return roles.contains(Role.VENDOR) || roles.contains(Role.SOURCING_MANAGER) ? WEEKLY : OFF;
    }

    /** Whether a digest of this frequency goes out on {@code day}. */
    public boolean sendsOn(LocalDate day) {
        return this == DAILY || this == WEEKLY && day.getDayOfWeek() == WEEKLY_ON;
    }
}
