package org.ccbench.audit.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.AUDIT_EVENT;
import static org.ccbench.db.Tables.ORGANISATION;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ccbench.audit.AuditEntry;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditFilter;
import org.ccbench.base.internal.BatchInserts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's table. It only inserts and reads: nothing here (or anywhere) updates or deletes an event, and the
 * database refuses it too (V0024_1).
 */
@Repository
public class AuditRepository {

    private static final int DETAIL_LENGTH = 2000;
    private static final int ACTOR_LENGTH = 320;
    private static final int ORIGIN_LENGTH = 200;
    /** Rows the database hands over at a time while an export streams. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final DSLContext dsl;
    private final BatchInserts batchInserts;

    AuditRepository(DSLContext dsl, BatchInserts batchInserts) {
        this.dsl = dsl;
        this.batchInserts = batchInserts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(AuditEvent event) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                .set(AUDIT_EVENT.ACTOR, shortened(event.actor(), ACTOR_LENGTH))
                .set(AUDIT_EVENT.ORIGIN, shortened(event.origin(), ORIGIN_LENGTH))
                .set(AUDIT_EVENT.ACTION, event.action())
                .set(AUDIT_EVENT.SUBJECT_TYPE, event.subjectType())
                .set(AUDIT_EVENT.SUBJECT_ID, event.subjectId())
                .set(AUDIT_EVENT.DETAIL, shortened(event.detail(), DETAIL_LENGTH))
                .set(AUDIT_EVENT.ORGANISATION_ID, event.organisationId())
                .execute();
    }

    /** Many events in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAll(List<AuditEvent> events) {
        batchInserts.insert(AUDIT_EVENT, List.of(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ORIGIN,
                AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.DETAIL,
                AUDIT_EVENT.ORGANISATION_ID), events, (event, values) -> values.timestamp(event.occurredAt())
                .text(shortened(event.actor(), ACTOR_LENGTH)).text(shortened(event.origin(), ORIGIN_LENGTH))
                .text(event.action()).text(event.subjectType()).number(event.subjectId())
                .text(shortened(event.detail(), DETAIL_LENGTH)).numberOrNull(event.organisationId()));
    }

    private static String shortened(String text, int length) {
        return text != null && text.length() > length ? text.substring(0, length - 1) + "…" : text;
    }

    public List<AuditEvent> find(String subjectType, long subjectId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(subjectType), AUDIT_EVENT.SUBJECT_ID.eq(subjectId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(row -> new AuditEvent(row.getOccurredAt(), row.getActor(), row.getOrigin(), row.getAction(),
                        row.getSubjectType(), row.getSubjectId(), row.getDetail(), row.getOrganisationId()));
    }

    /** The events one person did, oldest first (for a subject access request). */
    public List<AuditEvent> findByActor(String actor) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(DSL.lower(AUDIT_EVENT.ACTOR).eq(actor.toLowerCase(Locale.ROOT)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(row -> new AuditEvent(row.getOccurredAt(), row.getActor(), row.getOrigin(), row.getAction(),
                        row.getSubjectType(), row.getSubjectId(), row.getDetail(), row.getOrganisationId()));
    }

    /** One page of the events that match, newest first: the database skips and limits, it never reads them all. */
    public List<AuditEntry> page(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return dsl.select(AUDIT_EVENT.asterisk(), ORGANISATION.NAME)
                .from(AUDIT_EVENT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AUDIT_EVENT.ORGANISATION_ID))
                .where(conditions(filter, zone))
                .orderBy(AUDIT_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditRepository::entry);
    }

    /** The matching events, newest first, at most {@code limit}, handed to {@code sink} one by one as they stream in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int stream(AuditFilter filter, ZoneId zone, int limit, Consumer<AuditEntry> sink) {
        int[] count = {0};
        try (Stream<? extends Record> rows = dsl.select(AUDIT_EVENT.asterisk(), ORGANISATION.NAME)
                .from(AUDIT_EVENT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AUDIT_EVENT.ORGANISATION_ID))
                .where(conditions(filter, zone))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetchSize(EXPORT_FETCH_SIZE)
                .fetchStream()) {
            rows.forEach(row -> {
                sink.accept(entry(row));
                count[0]++;
            });
        }
        return count[0];
    }

    /** A user's id and organisation by the e-mail address they sign in with. */
    public Optional<UserRef> user(String email) {
        return dsl.select(APP_USER.ID, APP_USER.ORGANISATION_ID).from(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.trim().toLowerCase(Locale.ROOT)))
                .fetchOptional(row -> new UserRef(row.value1(), row.value2()));
    }

    public record UserRef(long id, Long organisationId) {
    }

    /** Every organisation by name, to filter the log by. */
    public List<OrganisationName> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION).orderBy(ORGANISATION.NAME)
                .fetch(row -> new OrganisationName(row.value1(), row.value2()));
    }

    public record OrganisationName(long id, String name) {
    }

    private static List<Condition> conditions(AuditFilter filter, ZoneId zone) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.organisationId() != null) {
            conditions.add(AUDIT_EVENT.ORGANISATION_ID.eq(filter.organisationId()));
        }
        if (filter.actor() != null) {
            conditions.add(AUDIT_EVENT.ACTOR.containsIgnoreCase(filter.actor()));
        }
        if (filter.action() != null) {
            conditions.add(AUDIT_EVENT.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.subjectType() != null) {
            conditions.add(AUDIT_EVENT.SUBJECT_TYPE.eq(filter.subjectType()));
        }
        if (filter.subjectId() != null) {
            conditions.add(AUDIT_EVENT.SUBJECT_ID.eq(filter.subjectId()));
        }
        return conditions;
    }

    private static AuditEntry entry(Record row) {
        return new AuditEntry(row.get(AUDIT_EVENT.ID), row.get(AUDIT_EVENT.OCCURRED_AT), row.get(AUDIT_EVENT.ACTOR),
                row.get(AUDIT_EVENT.ORIGIN), row.get(AUDIT_EVENT.ACTION), row.get(AUDIT_EVENT.SUBJECT_TYPE),
                row.get(AUDIT_EVENT.SUBJECT_ID), row.get(AUDIT_EVENT.ORGANISATION_ID), row.get(ORGANISATION.NAME),
                row.get(AUDIT_EVENT.DETAIL));
    }
}
