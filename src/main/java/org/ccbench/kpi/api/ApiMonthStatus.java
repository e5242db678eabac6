package org.ccbench.kpi.api;

import org.ccbench.kpi.MonthStatus;
import org.ccbench.kpi.SubmissionStatus;

/**
 * Where one unit-month stands.
 *
 * @param period  the month, {@code yyyy-MM}
 * @param overdue past the due day and not yet submitted
 */
public record ApiMonthStatus(long unitId, String unitName, String period, SubmissionStatus status, boolean overdue) {

    static ApiMonthStatus of(MonthStatus status) {
        return new ApiMonthStatus(status.unit().id(), status.unit().name(), status.month().toString(),
                status.status(), status.overdue());
    }
}
