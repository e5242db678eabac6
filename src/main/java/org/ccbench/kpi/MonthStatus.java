package org.ccbench.kpi;

import java.time.YearMonth;

/** One cell of the month × unit overview. */
public record MonthStatus(SubmissionUnit unit, YearMonth month, SubmissionStatus status, boolean overdue) {
}
