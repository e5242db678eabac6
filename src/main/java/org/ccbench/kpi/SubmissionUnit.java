package org.ccbench.kpi;

import java.util.Set;

/**
 * A reporting unit as KPI submissions see it: a contract (with its vendor) or an in-house operation.
 *
 * @param channels the catalogue channel codes the unit serves ({@code phone}, {@code email} …)
 * @param vendorId null for an in-house operation
 */
public record SubmissionUnit(long id, String name, boolean inHouse, long clientId, String clientName, Long vendorId,
                             String vendorName, Set<String> channels) {

    public SubmissionUnit {
        channels = Set.copyOf(channels);
    }

    /** The unit with its client and, for a contract, its vendor: for the administrator, who sees them all. */
    public String fullName() {
        return name + " · " + clientName + (inHouse ? "" : " · " + vendorName);
    }
}
