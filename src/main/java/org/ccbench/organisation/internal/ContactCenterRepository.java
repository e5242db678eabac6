package org.ccbench.organisation.internal;

import static org.ccbench.db.Tables.CONTACT_CENTER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccbench.base.internal.BenchmarkDataChanges;
import org.ccbench.db.tables.records.ContactCenterRecord;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.ContactCenter;
import org.ccbench.organisation.ContactCenterData;
import org.ccbench.organisation.Sector;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class ContactCenterRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final BenchmarkDataChanges changes;

    ContactCenterRepository(DSLContext dsl, Clock clock, BenchmarkDataChanges changes) {
        this.dsl = dsl;
        this.clock = clock;
        this.changes = changes;
    }

    public List<ContactCenter> findByOrganisation(long organisationId) {
        return dsl.selectFrom(CONTACT_CENTER)
                .where(CONTACT_CENTER.ORGANISATION_ID.eq(organisationId))
                .orderBy(CONTACT_CENTER.NAME)
                .fetch(ContactCenterRepository::toCenter);
    }

    public Optional<ContactCenter> findInOrganisation(long id, long organisationId) {
        return dsl.selectFrom(CONTACT_CENTER)
                .where(CONTACT_CENTER.ID.eq(id).and(CONTACT_CENTER.ORGANISATION_ID.eq(organisationId)))
                .fetchOptional(ContactCenterRepository::toCenter);
    }

    public boolean nameTaken(long organisationId, String name, Long exceptId) {
        return dsl.fetchExists(CONTACT_CENTER, CONTACT_CENTER.ORGANISATION_ID.eq(organisationId)
                .and(DSL.lower(CONTACT_CENTER.NAME).eq(name.trim().toLowerCase()))
                .and(exceptId == null ? DSL.noCondition() : CONTACT_CENTER.ID.ne(exceptId)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long organisationId, ContactCenterData data, String by) {
        changes.changed(BenchmarkDataChanges.UNITS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.insertInto(CONTACT_CENTER)
                .set(CONTACT_CENTER.ORGANISATION_ID, organisationId)
                .set(CONTACT_CENTER.NAME, data.name().trim())
                .set(CONTACT_CENTER.SECTOR, data.sector().name())
                .set(CONTACT_CENTER.AGENT_FTE, data.agentFte())
                .set(CONTACT_CENTER.CHANNELS, Channel.toCodes(data.channels()))
                .set(CONTACT_CENTER.STATUS, data.status().name())
                .set(CONTACT_CENTER.CREATED_AT, now).set(CONTACT_CENTER.CREATED_BY, by)
                .set(CONTACT_CENTER.UPDATED_AT, now).set(CONTACT_CENTER.UPDATED_BY, by)
                .returning(CONTACT_CENTER.ID)
                .fetchSingle(CONTACT_CENTER.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, long organisationId, int version, ContactCenterData data, String by) {
        changes.changed(BenchmarkDataChanges.UNITS);
        return dsl.update(CONTACT_CENTER)
                .set(CONTACT_CENTER.NAME, data.name().trim())
                .set(CONTACT_CENTER.SECTOR, data.sector().name())
                .set(CONTACT_CENTER.AGENT_FTE, data.agentFte())
                .set(CONTACT_CENTER.CHANNELS, Channel.toCodes(data.channels()))
                .set(CONTACT_CENTER.STATUS, data.status().name())
                .set(CONTACT_CENTER.VERSION, version + 1)
                .set(CONTACT_CENTER.UPDATED_AT, OffsetDateTime.now(clock)).set(CONTACT_CENTER.UPDATED_BY, by)
                .where(CONTACT_CENTER.ID.eq(id)
                        .and(CONTACT_CENTER.ORGANISATION_ID.eq(organisationId))
                        .and(CONTACT_CENTER.VERSION.eq(version)))
                .execute() == 1;
    }

    private static ContactCenter toCenter(ContactCenterRecord r) {
        return new ContactCenter(r.getId(), r.getOrganisationId(), r.getName(), Sector.valueOf(r.getSector()),
                r.getAgentFte(), Channel.fromCodes(r.getChannels()), CenterStatus.valueOf(r.getStatus()), r.getVersion());
    }
}
