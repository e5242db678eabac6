package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.ORGANISATION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.db.tables.Organisation;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.organisation.Channel;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reporting units as KPI submissions see them, always filtered by who may see them. */
@Repository
public class UnitRepository {

    private static final Organisation CLIENT = ORGANISATION.as("client");
    private static final Organisation VENDOR = ORGANISATION.as("vendor");

    private final DSLContext dsl;

    UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Contracts the vendor delivers. */
    public List<SubmissionUnit> ofVendor(long vendorId) {
        return find(REPORTING_UNIT.VENDOR_ORGANISATION_ID.eq(vendorId));
    }

    /** The client's own in-house operations. */
    public List<SubmissionUnit> inHouseOf(long clientId) {
        return find(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId).and(REPORTING_UNIT.VENDOR_ORGANISATION_ID.isNull()));
    }

    /** Every unit of the client: its contracts and its in-house operations. */
    public List<SubmissionUnit> ofClient(long clientId) {
        return find(REPORTING_UNIT.CLIENT_ORGANISATION_ID.eq(clientId));
    }

    /** Every unit of every organisation: for demo seeding and the administrator only. */
    public List<SubmissionUnit> all() {
        return find(org.jooq.impl.DSL.noCondition());
    }

    /** The units with these ids that exist, in the order of {@link #all()}. */
    public List<SubmissionUnit> withIds(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : find(REPORTING_UNIT.ID.in(unitIds));
    }

    public Optional<SubmissionUnit> find(long unitId) {
        return find(REPORTING_UNIT.ID.eq(unitId)).stream().findFirst();
    }

    /** The unit's first month, from its start date; empty when no unit has this id. */
    public Optional<YearMonth> startMonth(long unitId) {
        return dsl.select(REPORTING_UNIT.START_DATE).from(REPORTING_UNIT).where(REPORTING_UNIT.ID.eq(unitId))
                .fetchOptional(row -> YearMonth.from(row.value1()));
    }

    private List<SubmissionUnit> find(Condition condition) {
        return dsl.select(REPORTING_UNIT.ID, REPORTING_UNIT.NAME, REPORTING_UNIT.CLIENT_ORGANISATION_ID, CLIENT.NAME,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID, VENDOR.NAME, REPORTING_UNIT.CHANNELS)
                .from(REPORTING_UNIT)
                .join(CLIENT).on(CLIENT.ID.eq(REPORTING_UNIT.CLIENT_ORGANISATION_ID))
                .leftJoin(VENDOR).on(VENDOR.ID.eq(REPORTING_UNIT.VENDOR_ORGANISATION_ID))
                .where(condition)
                .orderBy(CLIENT.NAME, REPORTING_UNIT.NAME)
                .fetch(UnitRepository::unit);
    }

    /**
     * The catalogue channel codes ({@code phone}, {@code email} …) of a unit's stored channel list, unmodifiable: the
     * records that hold them copy a set only when it is modifiable, so units read with the same list share one.
     */
    static Set<String> channelCodes(String stored) {
        return Channel.fromCodes(stored).stream().map(channel -> channel.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static SubmissionUnit unit(Record row) {
        Long vendorId = row.get(REPORTING_UNIT.VENDOR_ORGANISATION_ID);
        Set<String> channels = channelCodes(row.get(REPORTING_UNIT.CHANNELS));
        return new SubmissionUnit(row.get(REPORTING_UNIT.ID), row.get(REPORTING_UNIT.NAME), vendorId == null,
                row.get(REPORTING_UNIT.CLIENT_ORGANISATION_ID), row.get(CLIENT.NAME), vendorId, row.get(VENDOR.NAME),
                channels);
    }
}
