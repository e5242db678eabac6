package org.ccbench.audit;

import java.time.OffsetDateTime;

/** One recorded action; {@code origin} is an IP address, {@code token:<id>} for the API, or {@code system}. */
public record AuditEvent(OffsetDateTime occurredAt, String actor, String origin, String action, String subjectType,
                         long subjectId, String detail) {
}
