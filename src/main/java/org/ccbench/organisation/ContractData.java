package org.ccbench.organisation;

import java.time.LocalDate;
import java.util.Set;

public record ContractData(String name, Long centerId, Long vendorId, Set<Channel> channels, LocalDate startDate,
                           LocalDate endDate, UnitStatus status) {
}
