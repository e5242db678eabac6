package org.ccbench.scorecard.internal;

import static org.ccbench.db.Tables.SCORECARD_DISPUTE;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ccbench.db.tables.records.ScorecardDisputeRecord;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Disputed scorecard lines and their resolutions. */
@Repository
public class DisputeRepository {

    private final DSLContext dsl;

    DisputeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(long contractId, YearMonth month, String kpiLabel, String comment, OffsetDateTime now,
                       String by) {
        return dsl.insertInto(SCORECARD_DISPUTE)
                .set(SCORECARD_DISPUTE.CONTRACT_ID, contractId)
                .set(SCORECARD_DISPUTE.PERIOD, month.atDay(1))
                .set(SCORECARD_DISPUTE.KPI_LABEL, kpiLabel)
                .set(SCORECARD_DISPUTE.COMMENT, comment)
                .set(SCORECARD_DISPUTE.RAISED_AT, now).set(SCORECARD_DISPUTE.RAISED_BY, by)
                .set(SCORECARD_DISPUTE.STATUS, DisputeStatus.OPEN.name())
                .returning(SCORECARD_DISPUTE.ID).fetchSingle().getId();
    }

    /** Resolves an open dispute; false when it is not open (any more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean resolve(long id, DisputeStatus status, String resolution, OffsetDateTime now, String by) {
        return dsl.update(SCORECARD_DISPUTE).set(SCORECARD_DISPUTE.STATUS, status.name())
                .set(SCORECARD_DISPUTE.RESOLUTION, resolution)
                .set(SCORECARD_DISPUTE.RESOLVED_AT, now).set(SCORECARD_DISPUTE.RESOLVED_BY, by)
                .where(SCORECARD_DISPUTE.ID.eq(id), SCORECARD_DISPUTE.STATUS.eq(DisputeStatus.OPEN.name()))
                .execute() == 1;
    }

    public Optional<Dispute> find(long id) {
        return dsl.selectFrom(SCORECARD_DISPUTE).where(SCORECARD_DISPUTE.ID.eq(id))
                .fetchOptional(DisputeRepository::toDispute);
    }

    /** A contract's disputes about months from {@code from} to {@code to}, the newest first. */
    public List<Dispute> of(long contractId, YearMonth from, YearMonth to) {
        return dsl.selectFrom(SCORECARD_DISPUTE)
                .where(SCORECARD_DISPUTE.CONTRACT_ID.eq(contractId),
                        SCORECARD_DISPUTE.PERIOD.between(from.atDay(1), to.atDay(1)))
                .orderBy(SCORECARD_DISPUTE.RAISED_AT.desc(), SCORECARD_DISPUTE.ID.desc())
                .fetch(DisputeRepository::toDispute);
    }

    private static Dispute toDispute(ScorecardDisputeRecord row) {
        return new Dispute(row.getId(), row.getContractId(), YearMonth.from(row.getPeriod()), row.getKpiLabel(),
                row.getComment(), row.getRaisedBy(), row.getRaisedAt(), DisputeStatus.valueOf(row.getStatus()),
                row.getResolution(), row.getResolvedBy(), row.getResolvedAt());
    }
}
