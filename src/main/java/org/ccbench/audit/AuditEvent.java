package org.ccbench.audit;

import java.time.OffsetDateTime;

/**
 * One recorded action; {@code origin} is an IP address, {@code token:<id>} for the API, or {@code system};
 * {@code organisationId} is the organisation the event concerns, null for installation-wide events.
 */
public record AuditEvent(OffsetDateTime occurredAt, String actor, String origin, String action, String subjectType,
                         long subjectId, String detail, Long organisationId) {
}
