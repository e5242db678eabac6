package org.ccbench.contract.internal;

import java.time.YearMonth;
import java.util.Set;
import org.ccbench.scoring.kpi.Channel;

/**
 * What the terms of a contract depend on: its parties, the month it starts and the channels it serves.
 *
 * @param channels the catalogue channels the contract serves
 */
public record ContractFacts(long id, long clientId, long vendorId, YearMonth startMonth, Set<Channel> channels) {

    public ContractFacts {
        channels = Set.copyOf(channels);
    }
}
