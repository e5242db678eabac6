package org.ccbench.audit.internal;

import static org.ccbench.db.Tables.AUDIT_EVENT;

import java.util.List;
import org.ccbench.audit.AuditEvent;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class AuditRepository {

    private static final int DETAIL_LENGTH = 2000;

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(AuditEvent event) {
        String detail = shortened(event.detail());
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .set(AUDIT_EVENT.ACTOR, event.actor())
                .set(AUDIT_EVENT.ORIGIN, event.origin())
                .set(AUDIT_EVENT.ACTION, event.action())
                .set(AUDIT_EVENT.SUBJECT_TYPE, event.subjectType())
                .set(AUDIT_EVENT.SUBJECT_ID, event.subjectId())
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    /** Many events in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ORIGIN,
                AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.DETAIL)
                .values(null, null, null, null, null, (Long) null, null));
        events.forEach(event -> batch.bind(event.occurredAt(), event.actor(), event.origin(), event.action(),
                event.subjectType(), event.subjectId(), shortened(event.detail())));
        batch.execute();
    }

    private static String shortened(String detail) {
        return detail != null && detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH - 1) + "…"
                : detail;
    }

    public List<AuditEvent> find(String subjectType, long subjectId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(subjectType), AUDIT_EVENT.SUBJECT_ID.eq(subjectId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(row -> new AuditEvent(row.getOccurredAt(), row.getActor(), row.getOrigin(), row.getAction(),
                        row.getSubjectType(), row.getSubjectId(), row.getDetail()));
    }
}
