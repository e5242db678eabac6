package org.ccbench.organisation;

import java.time.LocalDate;
import java.util.Set;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.springframework.stereotype.Component;

/** Rules every reporting unit follows, whether contract or in-house operation. */
@Component
class UnitRules {

    private final ContactCenterRepository centers;
    private final ReportingUnitRepository units;

    UnitRules(ContactCenterRepository centers, ReportingUnitRepository units) {
        this.centers = centers;
        this.units = units;
    }

    Validation check(long clientId, Long unitId, String name, Long centerId, Set<Channel> channels,
                     LocalDate startDate, LocalDate endDate, UnitStatus status) {
        Validation validation = new Validation()
                .requireText(name, "name")
                .requireValue(centerId, "centerId")
                .require(channels != null && !channels.isEmpty(), "channels", "validation.channels")
                .requireValue(startDate, "startDate")
                .requireValue(status, "status");
        if (!validation.hasErrorFor("name")) {
            validation.require(name.trim().length() <= 200, "name", "validation.tooLong");
            validation.require(!units.nameTaken(clientId, name, unitId), "name", "validation.duplicateName");
        }
        if (startDate != null && endDate != null) {
            validation.require(endDate.isAfter(startDate), "endDate", "validation.endAfterStart");
        }
        if (centerId != null) {
            var center = centers.findInOrganisation(centerId, clientId);
            validation.require(center.isPresent(), "centerId", "validation.center");
            center.ifPresent(c -> validation.require(channels == null || c.channels().containsAll(channels),
                    "channels", "validation.channelsOfCenter"));
        }
        return validation;
    }
}
