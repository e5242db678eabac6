package org.ccbench.scoring.kpi;

import java.util.Locale;

/**
 * The definition parameters of the catalogue's KPIs. A peer key must be equal for two observations to be compared
 * (SL at 20 s is never ranked against SL at 30 s); {@code excl_short} is not a peer key because peer benchmarks always
 * use its benchmark value, 0.
 */
public enum KpiParameter {
    /** SL: answered within this many seconds. */
    THRESHOLD_SECONDS(true),
    /** SL and ABN: 1 leaves short abandons out (contract SLA definition), 0 counts them (benchmark definition). */
    EXCL_SHORT(false),
    /** WRT: first response within this many hours, per written channel. */
    THRESHOLD_HOURS(true),
    /** RCR: a contact of the same customer about the same reason within this many days is a repeat. */
    REPEAT_WINDOW_DAYS(true),
    /** SSF: a self-service session followed by an assisted contact within this many hours is fallout. */
    FALLOUT_WINDOW_HOURS(true);

    private final boolean peerKey;

    KpiParameter(boolean peerKey) {
        this.peerKey = peerKey;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPeerKey() {
        return peerKey;
    }
}
