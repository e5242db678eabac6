package org.ccbench.organisation;

import java.math.BigDecimal;
import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact centers of the current user's client organisation. */
@Service
@PreAuthorize(Access.CLIENT_STAFF)
public class ContactCenterService {

    private final ContactCenterRepository centers;
    private final ReportingUnitRepository units;
    private final CurrentUser currentUser;

    ContactCenterService(ContactCenterRepository centers, ReportingUnitRepository units, CurrentUser currentUser) {
        this.centers = centers;
        this.units = units;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ContactCenter> listMine() {
        return centers.findByOrganisation(currentUser.requireOrganisationId());
    }

    @Transactional(readOnly = true)
    public ContactCenter get(long id) {
        return centers.findInOrganisation(id, currentUser.requireOrganisationId())
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Contact center", id));
    }

    @Transactional
    public long create(ContactCenterData data) {
        long organisationId = currentUser.requireOrganisationId();
        validate(organisationId, data, null);
        return centers.insert(organisationId, data, currentUser.auditName());
    }

    @Transactional
    public void update(long id, int version, ContactCenterData data) {
        long organisationId = currentUser.requireOrganisationId();
        get(id);
        Validation validation = check(organisationId, data, id);
        if (!validation.hasErrorFor("channels")) {
            validation.require(data.channels().containsAll(units.channelsInScopeAt(id)), "channels",
                    "validation.channelsInScope");
        }
        validation.throwIfInvalid();
        if (!centers.update(id, organisationId, version, data, currentUser.auditName())) {
            throw new StaleDataException("Contact center", id);
        }
    }

    private void validate(long organisationId, ContactCenterData data, Long exceptId) {
        check(organisationId, data, exceptId).throwIfInvalid();
    }

    private Validation check(long organisationId, ContactCenterData data, Long exceptId) {
        Validation validation = new Validation()
                .requireText(data.name(), "name")
                .requireValue(data.sector(), "sector")
                .requireValue(data.agentFte(), "agentFte")
                .require(data.channels() != null && !data.channels().isEmpty(), "channels", "validation.channels")
                .requireValue(data.status(), "status");
        if (data.agentFte() != null) {
            validation.require(data.agentFte().signum() >= 0
                    && data.agentFte().compareTo(BigDecimal.valueOf(100_000)) < 0, "agentFte", "validation.fteRange");
            validation.require(data.agentFte().stripTrailingZeros().scale() <= 1, "agentFte",
                    "validation.oneDecimal");
        }
        if (!validation.hasErrorFor("name")) {
            validation.require(data.name().trim().length() <= 200, "name", "validation.tooLong");
            validation.require(!centers.nameTaken(organisationId, data.name(), exceptId), "name", "validation.duplicateName");
        }
        return validation;
    }
}
