package org.ccbench.todo.internal;

import static org.ccbench.db.Tables.KPI_REOPENING;
import static org.ccbench.db.Tables.KPI_SUBMISSION;
import static org.ccbench.db.Tables.REPORTING_UNIT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** For the administrator: units whose locked month has no submitted or approved figures and is not open again. */
@Repository
public class LockedMonthQueries {

    private final DSLContext dsl;

    LockedMonthQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ids of units that ran during {@code month} and still wait for its figures, although it is locked. */
    public List<Long> waitingIn(YearMonth month, LocalDate today) {
        LocalDate first = month.atDay(1);
        var submitted = DSL.selectOne().from(KPI_SUBMISSION).where(KPI_SUBMISSION.UNIT_ID.eq(REPORTING_UNIT.ID)
                .and(KPI_SUBMISSION.PERIOD.eq(first)).and(KPI_SUBMISSION.STATUS.in("SUBMITTED", "APPROVED")));
        var reopened = DSL.selectOne().from(KPI_REOPENING).where(KPI_REOPENING.UNIT_ID.eq(REPORTING_UNIT.ID)
                .and(KPI_REOPENING.PERIOD.eq(first)).and(KPI_REOPENING.OPEN_UNTIL.ge(today)));
        return dsl.select(REPORTING_UNIT.ID).from(REPORTING_UNIT)
                .where(REPORTING_UNIT.STATUS.notIn("DRAFT", "CANCELLED"))
                .and(REPORTING_UNIT.START_DATE.le(month.atEndOfMonth()))
                .and(REPORTING_UNIT.END_DATE.isNull().or(REPORTING_UNIT.END_DATE.ge(first)))
                .andNotExists(submitted).andNotExists(reopened)
                .orderBy(REPORTING_UNIT.ID).fetch(REPORTING_UNIT.ID);
    }
}
