package org.ccbench.scoring.peer;

import java.util.Locale;

/** How a unit is operated, SCORING.md §2.2: an in-house operation or an outsourced contract. */
public enum SourcingModel {
    IN_HOUSE, OUTSOURCED;

    /** {@code in_house} or {@code outsourced}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
