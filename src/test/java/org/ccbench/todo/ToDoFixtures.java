package org.ccbench.todo;

import static org.ccbench.db.Tables.SCORECARD_DISPUTE;

import java.time.YearMonth;
import java.util.Set;
import org.ccbench.kpi.KpiMonths;
import org.ccbench.kpi.SubmissionService;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;

/** Months moved through the KPI workflow by the real services, and disputes, for the to-do tests. */
final class ToDoFixtures {

    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);
    static final YearMonth TWO_MONTHS_AGO = TestClock.THIS_MONTH.minusMonths(2);

    private final SubmissionService submissions;
    private final DSLContext dsl;

    ToDoFixtures(SubmissionService submissions, DSLContext dsl) {
        this.submissions = submissions;
        this.dsl = dsl;
    }

    /** The submitter saves and submits a month of a unit serving {@code channel}. */
    void submit(SignedInUser submitter, long unit, YearMonth month, String channel) {
        SignIn.as(submitter, () -> {
            submissions.saveDraft(unit, month, KpiMonths.forChannels(Set.of(channel)));
            submissions.submit(unit, month, "figures checked");
        });
    }

    void returnMonth(SignedInUser sourcingManager, long unit, YearMonth month) {
        SignIn.as(sourcingManager, () -> submissions.returnForChanges(unit, month,
                submissions.find(unit, month).orElseThrow().version(), "complaints look low"));
    }

    void approve(SignedInUser sourcingManager, long unit, YearMonth month) {
        SignIn.as(sourcingManager, () -> submissions.approve(unit, month,
                submissions.find(unit, month).orElseThrow().version()));
    }

    /** An open dispute as the vendor's {@code ScorecardService.dispute} stores it (the world's contracts have no terms). */
    long openDispute(long contractId, YearMonth month, String kpiLabel) {
        return dsl.insertInto(SCORECARD_DISPUTE)
                .set(SCORECARD_DISPUTE.CONTRACT_ID, contractId)
                .set(SCORECARD_DISPUTE.PERIOD, month.atDay(1))
                .set(SCORECARD_DISPUTE.KPI_LABEL, kpiLabel)
                .set(SCORECARD_DISPUTE.COMMENT, "the outage week should not count")
                .set(SCORECARD_DISPUTE.RAISED_AT, TestClock.now())
                .set(SCORECARD_DISPUTE.RAISED_BY, "vendor.a@vendor-a.example")
                .set(SCORECARD_DISPUTE.STATUS, "OPEN")
                .returning(SCORECARD_DISPUTE.ID).fetchSingle().getId();
    }
}
