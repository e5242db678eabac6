package org.ccbench.organisation;

import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository.UnitValues;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts between client organisations and vendors. A sourcing manager sees and edits its own organisation's
 * contracts; a vendor sees, read-only, the contracts where it is the vendor.
 */
@Service
public class ContractService {

    private static final String CONTRACT = "CONTRACT";

    private final ReportingUnitRepository units;
    private final OrganisationRepository organisations;
    private final UnitRules rules;
    private final CurrentUser currentUser;

    ContractService(ReportingUnitRepository units, OrganisationRepository organisations, UnitRules rules,
                    CurrentUser currentUser) {
        this.units = units;
        this.organisations = organisations;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Access.CONTRACT_PARTIES)
    @Transactional(readOnly = true)
    public List<Contract> listMine() {
        SignedInUser user = currentUser.require();
        long organisationId = currentUser.requireOrganisationId();
        return user.hasRole(Role.SOURCING_MANAGER)
                ? units.findContractsOfClient(organisationId)
                : units.findContractsOfVendor(organisationId);
    }

    @PreAuthorize(Access.CONTRACT_PARTIES)
    @Transactional(readOnly = true)
    public Contract get(long id) {
        return units.findContractOfParty(id, currentUser.requireOrganisationId())
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", id));
    }

    /** Whether the current user may change this contract: only its client's sourcing managers may. */
    @PreAuthorize(Access.CONTRACT_PARTIES)
    @Transactional(readOnly = true)
    public boolean canEdit(Contract contract) {
        return currentUser.require().hasRole(Role.SOURCING_MANAGER)
                && contract.client().id() == currentUser.requireOrganisationId();
    }

    @PreAuthorize(Access.SOURCING_MANAGER)
    @Transactional
    public long create(ContractData data) {
        long clientId = currentUser.requireOrganisationId();
        validate(clientId, null, data);
        return units.insert(values(clientId, data), currentUser.auditName());
    }

    @PreAuthorize(Access.SOURCING_MANAGER)
    @Transactional
    public void update(long id, int version, ContractData data) {
        long clientId = currentUser.requireOrganisationId();
        units.findContractOfClient(id, clientId).orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", id));
        validate(clientId, id, data);
        if (!units.update(id, version, values(clientId, data), currentUser.auditName())) {
            throw new StaleDataException("Contract", id);
        }
    }

    private void validate(long clientId, Long id, ContractData data) {
        Validation validation = rules.check(clientId, id, data.name(), data.centerId(), data.channels(),
                data.startDate(), data.endDate(), data.status());
        validation.requireValue(data.vendorId(), "vendorId");
        if (data.vendorId() != null) {
            validation.require(organisations.findById(data.vendorId())
                    .filter(vendor -> vendor.kind() == OrganisationKind.VENDOR).isPresent(), "vendorId", "validation.vendor");
        }
        validation.throwIfInvalid();
    }

    private static UnitValues values(long clientId, ContractData data) {
        return new UnitValues(CONTRACT, clientId, data.centerId(), data.vendorId(), data.name(), data.channels(),
                data.startDate(), data.endDate(), data.status());
    }
}
