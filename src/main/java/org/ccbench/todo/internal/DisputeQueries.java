package org.ccbench.todo.internal;

import static org.ccbench.db.Tables.REPORTING_UNIT;
import static org.ccbench.db.Tables.SCORECARD_DISPUTE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Scorecard disputes of given contracts (the service passes only contracts the user may see). */
@Repository
public class DisputeQueries {

    /** A dispute as the to-do list names it. */
    public record DisputeLine(long id, long contractId, String contractName, YearMonth month, String kpiLabel,
                              String status) {
    }

    private final DSLContext dsl;

    DisputeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Disputes still waiting for the client's decision, the oldest first. */
    public List<DisputeLine> open(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return select().where(SCORECARD_DISPUTE.CONTRACT_ID.in(contractIds)
                        .and(SCORECARD_DISPUTE.STATUS.eq("OPEN")))
                .orderBy(SCORECARD_DISPUTE.RAISED_AT, SCORECARD_DISPUTE.ID).fetch(DisputeQueries::line);
    }

    /** Disputes accepted or rejected since {@code since}, the latest first. */
    public List<DisputeLine> resolvedSince(Collection<Long> contractIds, OffsetDateTime since) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return select().where(SCORECARD_DISPUTE.CONTRACT_ID.in(contractIds)
                        .and(SCORECARD_DISPUTE.STATUS.ne("OPEN"))
                        .and(SCORECARD_DISPUTE.RESOLVED_AT.ge(since)))
                .orderBy(SCORECARD_DISPUTE.RESOLVED_AT.desc(), SCORECARD_DISPUTE.ID).fetch(DisputeQueries::line);
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(SCORECARD_DISPUTE.fields()).select(REPORTING_UNIT.NAME).from(SCORECARD_DISPUTE)
                .join(REPORTING_UNIT).on(REPORTING_UNIT.ID.eq(SCORECARD_DISPUTE.CONTRACT_ID));
    }

    private static DisputeLine line(Record r) {
        LocalDate period = r.get(SCORECARD_DISPUTE.PERIOD);
        return new DisputeLine(r.get(SCORECARD_DISPUTE.ID), r.get(SCORECARD_DISPUTE.CONTRACT_ID),
                r.get(REPORTING_UNIT.NAME), YearMonth.from(period), r.get(SCORECARD_DISPUTE.KPI_LABEL),
                r.get(SCORECARD_DISPUTE.STATUS));
    }
}
