package org.ccbench.organisation;

import java.time.LocalDate;
import java.util.Set;

/** A contract between a client organisation and a vendor for (part of) one contact center. */
public record Contract(long id, OrganisationRef client, long centerId, String centerName, OrganisationRef vendor,
                       String name, Set<Channel> channels, LocalDate startDate, LocalDate endDate,
                       UnitStatus status, int version) {

    public ContractData data() {
        return new ContractData(name, centerId, vendor.id(), channels, startDate, endDate, status);
    }
}
