package org.ccbench.kpi.api;

import java.time.YearMonth;
import java.util.List;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionStatus;

/**
 * A unit-month with every revision, oldest first; the last one is the current state. A month with nothing saved
 * yet is MISSING, without revisions.
 */
public record ApiSubmission(long unitId, String period, SubmissionStatus status, List<ApiRevision> revisions) {

    static ApiSubmission of(Submission submission) {
        return new ApiSubmission(submission.unit().id(), submission.period().toString(), submission.status(),
                submission.revisions().stream().map(ApiRevision::of).toList());
    }

    static ApiSubmission missing(long unitId, YearMonth period) {
        return new ApiSubmission(unitId, period.toString(), SubmissionStatus.MISSING, List.of());
    }
}
