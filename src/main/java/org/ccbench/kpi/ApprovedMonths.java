package org.ccbench.kpi;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved months of every organisation, for benchmarking and scorecards. It checks no access: its callers
 * (services that show peer figures) scope what they show to the viewer and anonymise everyone else.
 */
@Component
@Transactional(readOnly = true)
public class ApprovedMonths {

    private final SubmissionRepository submissions;

    ApprovedMonths(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** Every unit's approved month from {@code from} to {@code to}, inclusive. */
    public List<ApprovedMonth> between(YearMonth from, YearMonth to) {
        return submissions.approvedBetween(from, to);
    }

    /** These units' approved months from {@code from} to {@code to}, inclusive, by unit and month. */
    public List<ApprovedMonth> ofUnits(Collection<Long> unitIds, YearMonth from, YearMonth to) {
        return unitIds.isEmpty() ? List.of() : submissions.approvedBetween(unitIds, from, to);
    }
}
