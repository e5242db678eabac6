package org.ccbench.kpi;

import java.time.YearMonth;
import java.util.List;

/** A reminder sent for a unit's overdue months to the people who submit its figures. */
public record Reminder(SubmissionUnit unit, List<YearMonth> months, int recipients) {

    public Reminder {
        months = List.copyOf(months);
    }
}
