package org.ccbench.organisation;

import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-house operations of the current user's contact centers, managed by center managers. */
@Service
@PreAuthorize(Access.CENTER_MANAGER)
public class InHouseOperationService {

    private static final String IN_HOUSE = "IN_HOUSE";

    private final ReportingUnitRepository units;
    private final UnitRules rules;
    private final CurrentUser currentUser;

    InHouseOperationService(ReportingUnitRepository units, UnitRules rules, CurrentUser currentUser) {
        this.units = units;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<InHouseOperation> listMine() {
        return units.findInHouseOfClient(currentUser.requireOrganisationId());
    }

    @Transactional(readOnly = true)
    public InHouseOperation get(long id) {
        return units.findInHouseOfClient(id, currentUser.requireOrganisationId())
                .orElseThrow(() -> new NotFoundOrNotAllowedException("In-house operation", id));
    }

    @Transactional
    public long create(InHouseOperationData data) {
        long clientId = currentUser.requireOrganisationId();
        validate(clientId, null, data);
        return units.insert(values(clientId, data), currentUser.auditName());
    }

    @Transactional
    public void update(long id, int version, InHouseOperationData data) {
        long clientId = currentUser.requireOrganisationId();
        get(id);
        validate(clientId, id, data);
        if (!units.update(id, version, values(clientId, data), currentUser.auditName())) {
            throw new StaleDataException("In-house operation", id);
        }
    }

    private void validate(long clientId, Long id, InHouseOperationData data) {
        Validation validation = rules.check(clientId, id, data.name(), data.centerId(), data.channels(),
                data.startDate(), data.endDate(), data.status());
        if (data.status() != null) {
            validation.require(UnitStatus.IN_HOUSE_STATES.contains(data.status()), "status", "validation.status");
        }
        if (data.centerId() != null && !validation.hasErrorFor("centerId")) {
            validation.require(!units.centerHasInHouseOperation(data.centerId(), id), "centerId",
                    "validation.oneInHousePerCenter");
        }
        validation.throwIfInvalid();
    }

    private static UnitValues values(long clientId, InHouseOperationData data) {
        return new UnitValues(IN_HOUSE, clientId, data.centerId(), null, data.name(), data.channels(),
                data.startDate(), data.endDate(), data.status());
    }
}
