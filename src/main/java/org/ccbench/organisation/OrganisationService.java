package org.ccbench.organisation;

import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client organisations and vendors. Administrators maintain them; others see their own and the vendor list. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;

    OrganisationService(OrganisationRepository organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<Organisation> list() {
        return organisations.findAll();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<OrganisationRef> listRefs(OrganisationKind kind) {
        return organisations.findRefs(kind);
    }

    /** Vendors a sourcing manager can contract with. Vendor names are public; nothing else about them is. */
    @PreAuthorize(Access.SOURCING_MANAGER)
    @Transactional(readOnly = true)
    public List<OrganisationRef> listVendors() {
        return organisations.findRefs(OrganisationKind.VENDOR);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Organisation myOrganisation() {
        long id = currentUser.requireOrganisationId();
        return organisations.findById(id).orElseThrow(() -> new NotFoundOrNotAllowedException("Organisation", id));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public long create(OrganisationData data) {
        validate(data, null);
        return organisations.insert(data, currentUser.auditName());
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void update(long id, int version, OrganisationData data) {
        Organisation existing = organisations.findById(id)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Organisation", id));
        Validation validation = check(data, id);
        validation.require(existing.kind() == data.kind() || !organisations.hasDependants(id),
                "kind", "validation.organisation.kindInUse");
        validation.throwIfInvalid();
        if (!organisations.update(id, version, data, currentUser.auditName())) {
            throw new StaleDataException("Organisation", id);
        }
    }

    private void validate(OrganisationData data, Long exceptId) {
        check(data, exceptId).throwIfInvalid();
    }

    private Validation check(OrganisationData data, Long exceptId) {
        Validation validation = new Validation()
                .requireValue(data.kind(), "kind")
                .requireText(data.name(), "name")
                .requireValue(data.sector(), "sector")
                .require(Countries.isValid(data.country()), "country", "validation.country");
        if (!validation.hasErrorFor("name")) {
            validation.require(data.name().trim().length() <= 200, "name", "validation.tooLong");
            validation.require(!organisations.nameTaken(data.name(), exceptId), "name", "validation.duplicateName");
        }
        return validation;
    }
}
