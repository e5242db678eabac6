package org.ccbench.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A locked month opened again for one unit until {@code openUntil} (inclusive), by the administrator. */
public record Reopening(long id, SubmissionUnit unit, YearMonth period, LocalDate openUntil, String reason,
                        OffsetDateTime createdAt, String createdBy) {
}
