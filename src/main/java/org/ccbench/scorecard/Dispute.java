package org.ccbench.scorecard;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A vendor's objection to one scorecard line of one month, and the sourcing manager's resolution. Both are audited.
 *
 * @param resolution null while open
 */
public record Dispute(long id, long contractId, YearMonth month, String kpiLabel, String comment, String raisedBy,
                      OffsetDateTime raisedAt, DisputeStatus status, String resolution, String resolvedBy,
                      OffsetDateTime resolvedAt) {
}
