package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.CONTACT_CENTER;
import static org.ccbench.db.Tables.KPI_PERIOD_SUM;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored period sums ({@code kpi_period_sum}) and what tells whether they are still right. */
@Repository
public class PeriodSumRepository {

    /** A unit with an approved revision in every month of a period, with its peer attributes as they are now. */
    public record CoveringUnit(long unitId, long organisationId, Long vendorId, String sector, BigDecimal agentFte,
                               Set<String> channels, String fingerprint) {
    }

    /** A stored sum: what it was summed from, the summed inputs and the months' distinct definitions. */
    public record StoredSum(String fingerprint, byte[] inputs, String definitions) {
    }

    private final DSLContext dsl;

    PeriodSumRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The units whose approved months cover a period, and every vendor with an approved month in it. */
    public record Covering(List<CoveringUnit> units, Set<Long> vendorIds) {
    }

    /**
     * Every unit whose approved months cover {@code first} to {@code last}, in unit id order, and the vendors of every
     * unit with an approved month in them, read in one query. A unit's fingerprint changes with an approval,
     * correction or reopening of any of those months (a month's approved revision only ever moves to a newer one, so
     * the sum of their ids grows) and with any change of the unit itself, such as its channels.
     */
    public Covering covering(YearMonth first, YearMonth last) {
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        Map<Long, Unit> units = units();
        List<CoveringUnit> covering = new ArrayList<>();
        Set<Long> vendorIds = new HashSet<>();
        forEachRow(dsl.select(KPI_SUBMISSION.UNIT_ID, DSL.count(), DSL.sum(KPI_SUBMISSION.APPROVED_REVISION_ID),
                        DSL.max(KPI_SUBMISSION.APPROVED_REVISION_ID))
                .from(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.PERIOD.between(first.atDay(1), last.atDay(1)),
                        KPI_SUBMISSION.APPROVED_REVISION_ID.isNotNull())
                .groupBy(KPI_SUBMISSION.UNIT_ID)
                .orderBy(KPI_SUBMISSION.UNIT_ID), row -> {
                    long unitId = row.getLong(1);
                    int approvedMonths = row.getInt(2);
                    Unit unit = units.get(unitId);
                    if (unit.vendorId() != null) {
                        vendorIds.add(unit.vendorId());
                    }
                    if (approvedMonths == months) {
                        covering.add(unit.covering(unitId, approvedMonths, row.getBigDecimal(3).longValueExact(),
                                row.getLong(4)));
                    }
                });
        return new Covering(covering, vendorIds);
    }

    /**
     * Of each month from {@code first} to {@code last}, the units with an approved month, as {@link #covering} gives
     * them for that month alone, read in one query (from the index on period, unit and approved revision).
     */
    public Map<YearMonth, List<CoveringUnit>> coveringEachMonth(YearMonth first, YearMonth last) {
        Map<Long, Unit> units = units();
        Map<YearMonth, List<CoveringUnit>> byMonth = new TreeMap<>();
        forEachRow(dsl.select(KPI_SUBMISSION.PERIOD, KPI_SUBMISSION.UNIT_ID, KPI_SUBMISSION.APPROVED_REVISION_ID)
                .from(KPI_SUBMISSION)
                .where(KPI_SUBMISSION.PERIOD.between(first.atDay(1), last.atDay(1)),
                        KPI_SUBMISSION.APPROVED_REVISION_ID.isNotNull())
                .orderBy(KPI_SUBMISSION.PERIOD, KPI_SUBMISSION.UNIT_ID), row -> {
                    long unitId = row.getLong(2);
                    long revisionId = row.getLong(3);
                    byMonth.computeIfAbsent(YearMonth.from(row.getObject(1, LocalDate.class)),
                            month -> new ArrayList<>()).add(units.get(unitId).covering(unitId, 1, revisionId,
                            revisionId));
                });
        return byMonth;
    }

    /** A unit's peer attributes and version as they are now. */
    private record Unit(long organisationId, Long vendorId, String sector, BigDecimal agentFte, Set<String> channels,
                        int version) {

        /** Its fingerprint: how many months are approved, the sum and the largest of their revision ids, and more. */
        CoveringUnit covering(long unitId, int approvedMonths, long revisionIdSum, long lastRevisionId) {
            return new CoveringUnit(unitId, organisationId, vendorId, sector, agentFte, channels, approvedMonths + "/"
                    + revisionIdSum + "/" + lastRevisionId + "/" + version + "/" + PeriodSumCodec.LAYOUT);
        }
    }

    private Map<Long, Unit> units() {
        Map<Long, Unit> units = new HashMap<>();
        Map<String, Set<String>> channels = new HashMap<>();
        forEachRow(dsl.select(REPORTING_UNIT.ID, REPORTING_UNIT.CLIENT_ORGANISATION_ID,
                        REPORTING_UNIT.VENDOR_ORGANISATION_ID, CONTACT_CENTER.SECTOR, CONTACT_CENTER.AGENT_FTE,
                        REPORTING_UNIT.CHANNELS, REPORTING_UNIT.VERSION)
                .from(REPORTING_UNIT)
                .join(CONTACT_CENTER).on(CONTACT_CENTER.ID.eq(REPORTING_UNIT.CONTACT_CENTER_ID)), row -> {
                    long vendorId = row.getLong(3);
                    Long vendor = row.wasNull() ? null : vendorId;
                    units.put(row.getLong(1), new Unit(row.getLong(2), vendor, row.getString(4), row.getBigDecimal(5),
                            channels.computeIfAbsent(row.getString(6), UnitRepository::channelCodes), row.getInt(7)));
                });
        return units;
    }

    /** Takes a stored sum as it is read: the first month of its period, its unit and the sum. */
    @FunctionalInterface
    public interface StoredSumRead {

        void read(YearMonth first, long unitId, StoredSum sum);
    }

    /**
     * Hands over the stored sums of the periods {@code months} long that start from {@code firstFrom} to
     * {@code firstTo}, one at a time as the rows arrive, in no particular order.
     */
    public void forEachStored(int months, YearMonth firstFrom, YearMonth firstTo, StoredSumRead read) {
        forEachRow(dsl.select(KPI_PERIOD_SUM.FIRST_MONTH, KPI_PERIOD_SUM.UNIT_ID, KPI_PERIOD_SUM.FINGERPRINT,
                        KPI_PERIOD_SUM.INPUTS, KPI_PERIOD_SUM.DEFINITIONS)
                .from(KPI_PERIOD_SUM)
                .where(KPI_PERIOD_SUM.FIRST_MONTH.between(firstFrom.atDay(1), firstTo.atDay(1)),
                        KPI_PERIOD_SUM.MONTHS.eq(months)),
                row -> read.read(YearMonth.from(row.getObject(1, LocalDate.class)), row.getLong(2),
                        new StoredSum(row.getString(3), row.getBytes(4), row.getString(5))));
    }

    /** Reads one row of a result set. */
    private interface RowReader {

        void read(ResultSet row) throws SQLException;
    }

    /**
     * Reads the query's rows straight off JDBC, in the order of its select list: for the 360,000 rows of a trend,
     * jOOQ's records cost about as much again as the rows' transfer.
     */
    private static void forEachRow(ResultQuery<?> query, RowReader reader) {
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read " + query.getSQL(), e);
        }
    }

    /** Replaces these units' sums of the period, in one statement per table. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(YearMonth first, int months, Map<Long, StoredSum> sums) {
        dsl.deleteFrom(KPI_PERIOD_SUM).where(KPI_PERIOD_SUM.FIRST_MONTH.eq(first.atDay(1)),
                KPI_PERIOD_SUM.MONTHS.eq(months), KPI_PERIOD_SUM.UNIT_ID.in(sums.keySet())).execute();
        var insert = dsl.insertInto(KPI_PERIOD_SUM, KPI_PERIOD_SUM.UNIT_ID, KPI_PERIOD_SUM.FIRST_MONTH,
                KPI_PERIOD_SUM.MONTHS, KPI_PERIOD_SUM.FINGERPRINT, KPI_PERIOD_SUM.INPUTS, KPI_PERIOD_SUM.DEFINITIONS);
        sums.forEach((unit, sum) -> insert.values(unit, first.atDay(1), months, sum.fingerprint(), sum.inputs(),
                sum.definitions()));
        insert.execute();
    }
}
