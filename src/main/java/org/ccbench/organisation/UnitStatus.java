package org.ccbench.organisation;

import java.util.List;

/** Lifecycle of a reporting unit. Contracts use all states; in-house operations only draft, active and ended. */
public enum UnitStatus {
    DRAFT, ACTIVE, NOTICE_GIVEN, ENDED, CANCELLED;

    public static final List<UnitStatus> IN_HOUSE_STATES = List.of(DRAFT, ACTIVE, ENDED);
}
