package org.ccbench.audit;

import java.time.OffsetDateTime;

/** One line of the audit page and its exports: an event with the name of the organisation it concerns. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String origin, String action,
                         String subjectType, long subjectId, Long organisationId, String organisationName,
                         String detail) {

    /** {@code kpi_submission #12}. */
    public String subject() {
        return subjectType + " #" + subjectId;
    }
}
