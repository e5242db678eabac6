package org.ccbench.survey.internal;

import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.util.List;
import java.util.Optional;
import org.ccbench.organisation.OrganisationRef;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Finds the member organisations and units that invitees name, for the survey feature. */
@Repository
public class MemberDirectory {

    /** A member organisation as invitations need it. */
    public record Member(long id, String name, String kind) {
    }

    /** A contract or in-house operation being rated; vendorId is null for in-house operations. */
    public record Unit(long id, String name, String kind, Long vendorId) {
    }

    private final DSLContext dsl;

    MemberDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Member> organisationNamed(String name) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND).from(ORGANISATION)
                .where(DSL.lower(ORGANISATION.NAME).eq(name.strip().toLowerCase()))
                .fetchOptional(r -> new Member(r.value1(), r.value2(), r.value3()));
    }

    /** A unit of the organisation, as client (any unit) or as vendor (its contracts), by name. */
    public Optional<Unit> unitNamed(long organisationId, String name) {
        return dsl.select(REPORTING_UNIT.ID, REPORTING_UNIT.NAME, REPORTING_UNIT.KIND,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(organisationId)
                        .or(REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(organisationId)))
                .and(DSL.lower(REPORTING_UNIT.NAME).eq(name.strip().toLowerCase()))
                .fetchOptional(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public Optional<Unit> unit(long unitId) {
        return dsl.select(REPORTING_UNIT.ID, REPORTING_UNIT.NAME, REPORTING_UNIT.KIND,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.ID.eq(unitId))
                .fetchOptional(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<OrganisationRef> vendors() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.KIND.eq("VENDOR")).orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2()));
    }

    public Optional<String> organisationName(long id) {
        return dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchOptional(ORGANISATION.NAME);
    }
}
