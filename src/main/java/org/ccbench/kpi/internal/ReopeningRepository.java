package org.ccbench.kpi.internal;

import static org.ccbench.db.Tables.KPI_REOPENING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locked months the administrator opened again. */
@Repository
public class ReopeningRepository {

    /** A stored reopening; the service adds the unit. */
    public record Row(long id, long unitId, YearMonth period, LocalDate openUntil, String reason,
                      OffsetDateTime createdAt, String createdBy) {
    }

    private final DSLContext dsl;

    ReopeningRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long unitId, YearMonth period, LocalDate openUntil, String reason, OffsetDateTime now,
                       String by) {
        return dsl.insertInto(KPI_REOPENING)
                .set(KPI_REOPENING.UNIT_ID, unitId)
                .set(KPI_REOPENING.PERIOD, period.atDay(1))
                .set(KPI_REOPENING.OPEN_UNTIL, openUntil)
                .set(KPI_REOPENING.REASON, reason)
                .set(KPI_REOPENING.CREATED_AT, now).set(KPI_REOPENING.CREATED_BY, by)
                .returning(KPI_REOPENING.ID).fetchSingle().getId();
    }

    /** The last day the unit's month is open again, if it is open on {@code day}. */
    public Optional<LocalDate> openUntil(long unitId, YearMonth period, LocalDate day) {
        return dsl.select(DSL.max(KPI_REOPENING.OPEN_UNTIL)).from(KPI_REOPENING)
                .where(KPI_REOPENING.UNIT_ID.eq(unitId), KPI_REOPENING.PERIOD.eq(period.atDay(1)),
                        KPI_REOPENING.OPEN_UNTIL.ge(day))
                .fetchOptional(0, LocalDate.class);
    }

    /** Reopenings still open on {@code day}, the latest first. */
    public List<Row> openOn(LocalDate day) {
        return dsl.selectFrom(KPI_REOPENING).where(KPI_REOPENING.OPEN_UNTIL.ge(day))
                .orderBy(KPI_REOPENING.CREATED_AT.desc(), KPI_REOPENING.ID.desc())
                .fetch(row -> new Row(row.getId(), row.getUnitId(), YearMonth.from(row.getPeriod()),
                        row.getOpenUntil(), row.getReason(), row.getCreatedAt(), row.getCreatedBy()));
    }
}
