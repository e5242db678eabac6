package org.ccbench.organisation.internal;

import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.base.internal.BenchmarkDataChanges;
import org.ccbench.db.tables.Organisation;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.InHouseOperation;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Contracts and in-house operations share one table: both are reporting units that KPI submissions are about. */
@Repository
public class ReportingUnitRepository {

    /** The columns a reporting unit is written with; in-house operations have no vendor. */
    public record UnitValues(String kind, long clientId, long centerId, Long vendorId, String name,
                             Set<Channel> channels, LocalDate startDate, LocalDate endDate, UnitStatus status) {
    }

    private static final Organisation CLIENT = ORGANISATION.as("client");
    private static final Organisation VENDOR = ORGANISATION.as("vendor");
    static final String CONTRACT = "CONTRACT";
    static final String IN_HOUSE = "IN_HOUSE";

    private final DSLContext dsl;
    private final Clock clock;
    private final BenchmarkDataChanges changes;

    ReportingUnitRepository(DSLContext dsl, Clock clock, BenchmarkDataChanges changes) {
        this.dsl = dsl;
        this.clock = clock;
        this.changes = changes;
    }

    public List<Contract> findContractsOfClient(long clientId) {
        return contracts(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId));
    }

    public List<Contract> findContractsOfVendor(long vendorId) {
        return contracts(REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(vendorId));
    }

    /** A contract visible to {@code organisationId} as its client or as its vendor. */
    public Optional<Contract> findContractOfParty(long id, long organisationId) {
        return contracts(REPORTING_UNIT.ID.eq(id).and(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(organisationId)
                .or(REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(organisationId)))).stream().findFirst();
    }

    public Optional<Contract> findContractOfClient(long id, long clientId) {
        return contracts(REPORTING_UNIT.ID.eq(id).and(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId)))
                .stream().findFirst();
    }

    public List<InHouseOperation> findInHouseOfClient(long clientId) {
        return inHouse(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId));
    }

    public Optional<InHouseOperation> findInHouseOfClient(long id, long clientId) {
        return inHouse(REPORTING_UNIT.ID.eq(id).and(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId)))
                .stream().findFirst();
    }

    public boolean nameTaken(long clientId, String name, Long exceptId) {
        return dsl.fetchExists(REPORTING_UNIT, REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId)
                .and(DSL.lower(REPORTING_UNIT.NAME).eq(name.trim().toLowerCase()))
                .and(exceptId == null ? DSL.noCondition() : REPORTING_UNIT.ID.ne(exceptId)));
    }

    public boolean centerHasInHouseOperation(long centerId, Long exceptId) {
        return dsl.fetchExists(REPORTING_UNIT, REPORTING_UNIT.CONTACT_CENTER_ID.eq(centerId)
                .and(REPORTING_UNIT.KIND.eq(IN_HOUSE))
                .and(exceptId == null ? DSL.noCondition() : REPORTING_UNIT.ID.ne(exceptId)));
    }

    public Set<Channel> channelsInScopeAt(long centerId) {
        return dsl.select(REPORTING_UNIT.CHANNELS).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.CONTACT_CENTER_ID.eq(centerId))
                .fetch(REPORTING_UNIT.CHANNELS).stream()
                .flatMap(codes -> Channel.fromCodes(codes).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(UnitValues values, String by) {
        changes.changed(BenchmarkDataChanges.UNITS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return dsl.insertInto(REPORTING_UNIT)
                .set(REPORTING_UNIT.KIND, values.kind())
                .set(REPORTING_UNIT.CLIENT_ORGANISATION_ID, values.clientId())
                .set(REPORTING_UNIT.CONTACT_CENTER_ID, values.centerId())
                .set(REPORTING_UNIT.VENDOR_ORGANISATION_ID, values.vendorId())
                .set(REPORTING_UNIT.NAME, values.name().trim())
                .set(REPORTING_UNIT.CHANNELS, Channel.toCodes(values.channels()))
                .set(REPORTING_UNIT.START_DATE, values.startDate())
                .set(REPORTING_UNIT.END_DATE, values.endDate())
                .set(REPORTING_UNIT.STATUS, values.status().name())
                .set(REPORTING_UNIT.CREATED_AT, now).set(REPORTING_UNIT.CREATED_BY, by)
                .set(REPORTING_UNIT.UPDATED_AT, now).set(REPORTING_UNIT.UPDATED_BY, by)
                .returning(REPORTING_UNIT.ID)
                .fetchSingle(REPORTING_UNIT.ID);
    }

    /** Updates a unit of {@code values.clientId()}; returns false when it was changed since {@code version}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, int version, UnitValues values, String by) {
        changes.changed(BenchmarkDataChanges.UNITS);
        return dsl.update(REPORTING_UNIT)
                .set(REPORTING_UNIT.CONTACT_CENTER_ID, values.centerId())
                .set(REPORTING_UNIT.VENDOR_ORGANISATION_ID, values.vendorId())
                .set(REPORTING_UNIT.NAME, values.name().trim())
                .set(REPORTING_UNIT.CHANNELS, Channel.toCodes(values.channels()))
                .set(REPORTING_UNIT.START_DATE, values.startDate())
                .set(REPORTING_UNIT.END_DATE, values.endDate())
                .set(REPORTING_UNIT.STATUS, values.status().name())
                .set(REPORTING_UNIT.VERSION, version + 1)
                .set(REPORTING_UNIT.UPDATED_AT, OffsetDateTime.now(clock)).set(REPORTING_UNIT.UPDATED_BY, by)
                .where(REPORTING_UNIT.ID.eq(id)
                        .and(REPORTING_UNIT.KIND.eq(values.kind()))
                        .and(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(values.clientId()))
                        .and(REPORTING_UNIT.VERSION.eq(version)))
                .execute() == 1;
    }

    private List<Contract> contracts(Condition condition) {
        return unitsWithCenter()
                .join(CLIENT).on(CLIENT.ID.eq(REPORTING_UNIT.CLIENT_ORGANISATION_ID))
                .join(VENDOR).on(VENDOR.ID.eq(REPORTING_UNIT.VENDOR_ORGANISATION_ID))
                .where(REPORTING_UNIT.KIND.eq(CONTRACT).and(condition))
                .orderBy(REPORTING_UNIT.NAME)
                .fetch(r -> new Contract(r.get(REPORTING_UNIT.ID),
                        new OrganisationRef(r.get(CLIENT.ID), r.get(CLIENT.NAME)),
                        r.get(CONTACT_CENTER.ID), r.get(CONTACT_CENTER.NAME),
                        new OrganisationRef(r.get(VENDOR.ID), r.get(VENDOR.NAME)),
                        r.get(REPORTING_UNIT.NAME), Channel.fromCodes(r.get(REPORTING_UNIT.CHANNELS)),
                        r.get(REPORTING_UNIT.START_DATE), r.get(REPORTING_UNIT.END_DATE),
                        UnitStatus.valueOf(r.get(REPORTING_UNIT.STATUS)), r.get(REPORTING_UNIT.VERSION)));
    }

    private List<InHouseOperation> inHouse(Condition condition) {
        return unitsWithCenter()
                .where(REPORTING_UNIT.KIND.eq(IN_HOUSE).and(condition))
                .orderBy(REPORTING_UNIT.NAME)
                .fetch(r -> new InHouseOperation(r.get(REPORTING_UNIT.ID),
                        r.get(CONTACT_CENTER.ID), r.get(CONTACT_CENTER.NAME),
                        r.get(REPORTING_UNIT.NAME), Channel.fromCodes(r.get(REPORTING_UNIT.CHANNELS)),
                        r.get(REPORTING_UNIT.START_DATE), r.get(REPORTING_UNIT.END_DATE),
                        UnitStatus.valueOf(r.get(REPORTING_UNIT.STATUS)), r.get(REPORTING_UNIT.VERSION)));
    }

    private SelectOnConditionStep<Record> unitsWithCenter() {
        return dsl.select().from(REPORTING_UNIT)
                .join(CONTACT_CENTER).on(CONTACT_CENTER.ID.eq(REPORTING_UNIT.CONTACT_CENTER_ID));
    }
}
