package org.ccbench.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A unit-month with every revision, oldest first; the last one is the current state. */
public record Submission(long id, SubmissionUnit unit, YearMonth period, SubmissionStatus status, int version,
                         List<Revision> revisions) {

    public Submission {
        revisions = List.copyOf(revisions);
    }

    public Revision latest() {
        return revisions.getLast();
    }

    /** The revision that counts (the approved one), if any. */
    public Optional<Revision> approved() {
        return revisions.stream().filter(revision -> revision.status() == RevisionStatus.APPROVED).findFirst();
    }
}
