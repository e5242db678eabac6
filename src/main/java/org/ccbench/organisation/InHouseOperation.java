package org.ccbench.organisation;

import java.time.LocalDate;
import java.util.Set;

/** The part of a contact center run by the client's own staff; a center has at most one. */
public record InHouseOperation(long id, long centerId, String centerName, String name, Set<Channel> channels,
                               LocalDate startDate, LocalDate endDate, UnitStatus status, int version) {

    public InHouseOperationData data() {
        return new InHouseOperationData(name, centerId, channels, startDate, endDate, status);
    }
}
