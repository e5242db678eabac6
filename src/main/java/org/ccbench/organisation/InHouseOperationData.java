package org.ccbench.organisation;

import java.time.LocalDate;
import java.util.Set;

public record InHouseOperationData(String name, Long centerId, Set<Channel> channels, LocalDate startDate,
                                   LocalDate endDate, UnitStatus status) {
}
