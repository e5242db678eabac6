package org.ccbench.organisation;

import java.math.BigDecimal;
import org.ccbench.scoring.SizeBand;
import java.util.Set;

public record ContactCenter(long id, long organisationId, String name, Sector sector, BigDecimal agentFte,
                            Set<Channel> channels, CenterStatus status, int version) {

    public SizeBand sizeBand() {
        return SizeBand.of(agentFte);
    }

    public ContactCenterData data() {
        return new ContactCenterData(name, sector, agentFte, channels, status);
    }
}
