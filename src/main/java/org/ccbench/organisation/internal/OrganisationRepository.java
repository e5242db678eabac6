package org.ccbench.organisation.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccbench.db.tables.records.OrganisationRecord;
import org.ccbench.organisation.Organisation;
import org.ccbench.organisation.OrganisationData;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.Sector;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class OrganisationRepository {

    private final DSLContext dsl;
    private final Clock clock;

    OrganisationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Organisation> findAll() {
        return dsl.selectFrom(ORGANISATION).orderBy(ORGANISATION.NAME).fetch(OrganisationRepository::toOrganisation);
    }

    public Optional<Organisation> findById(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(OrganisationRepository::toOrganisation);
    }

    public List<OrganisationRef> findRefs(OrganisationKind kind) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(kind == null ? DSL.noCondition() : ORGANISATION.KIND.eq(kind.name()))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2()));
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(ORGANISATION, DSL.lower(ORGANISATION.NAME).eq(name.trim().toLowerCase())
                .and(exceptId == null ? DSL.noCondition() : ORGANISATION.ID.ne(exceptId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(OrganisationData data, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.KIND, data.kind().name())
                .set(ORGANISATION.NAME, data.name().trim())
                .set(ORGANISATION.SECTOR, data.sector().name())
                .set(ORGANISATION.COUNTRY, data.country())
                .set(ORGANISATION.CREATED_AT, now).set(ORGANISATION.CREATED_BY, by)
                .set(ORGANISATION.UPDATED_AT, now).set(ORGANISATION.UPDATED_BY, by)
                .returning(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
    }

    /** Returns false when the row was changed since {@code version} was read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, int version, OrganisationData data, String by) {
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.KIND, data.kind().name())
                .set(ORGANISATION.NAME, data.name().trim())
                .set(ORGANISATION.SECTOR, data.sector().name())
                .set(ORGANISATION.COUNTRY, data.country())
                .set(ORGANISATION.VERSION, version + 1)
                .set(ORGANISATION.UPDATED_AT, OffsetDateTime.now(clock)).set(ORGANISATION.UPDATED_BY, by)
                .where(ORGANISATION.ID.eq(id).and(ORGANISATION.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean hasDependants(long id) {
        return dsl.fetchExists(CONTACT_CENTER, CONTACT_CENTER.ORGANISATION_ID.eq(id))
                || dsl.fetchExists(REPORTING_UNIT, REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(id)
                        .or(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(id)))
                || dsl.fetchExists(APP_USER, APP_USER.ORGANISATION_ID.eq(id));
    }

    private static Organisation toOrganisation(OrganisationRecord r) {
        return new Organisation(r.getId(), OrganisationKind.valueOf(r.getKind()), r.getName(),
                Sector.valueOf(r.getSector()), r.getCountry(), r.getVersion());
    }
}
