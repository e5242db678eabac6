package org.ccbench.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;
import org.ccbench.kpi.internal.ReopeningRepository;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator opens a locked month again; the submitter can then submit it, and the 50% rule looks back. */
@DemoPortalTest
class LockedMonthServiceTest {

    static final String ADMIN = "admin@ccbench.example";
    static final String DELTA = KpiTestFixture.DELTA;
    static final String SOURCING = KpiTestFixture.SOURCING;
    static final YearMonth LOCKED = TestClock.THIS_MONTH.minusMonths(3);

    @Autowired
    LockedMonthService lockedMonths;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReopeningRepository reopenings;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserDetailsService userDetails;

    long zwolle;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
        zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
    }

    @Test
    void aReopenedLockedMonthCanBeSubmittedAndApprovedAndTheReopeningIsAudited() {
        Map<InputKey, BigDecimal> month = KpiMonths.forChannels(Set.of("phone"));
        assertThatThrownBy(() -> as(DELTA, () -> submissions.saveDraft(zwolle, LOCKED, month)))
                .isInstanceOfSatisfying(SubmissionStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.error.locked"));

        LocalDate until = TestClock.TODAY.plusDays(7);
        Reopening reopening = as(ADMIN, () -> lockedMonths.reopen(zwolle, LOCKED, until, " Late invoice data "));

        assertThat(submissions.isLocked(zwolle, LOCKED)).isFalse();
        assertThat(submissions.reopenedUntil(zwolle, LOCKED)).contains(until);
        long otherUnit = KpiTables.unitId(dsl, "Gent overloop");
        assertThat(submissions.isLocked(otherUnit, LOCKED)).as("only the chosen unit is opened").isTrue();
        as(DELTA, () -> submissions.saveDraft(zwolle, LOCKED, month));
        Submission submitted = as(DELTA, () -> submissions.submit(zwolle, LOCKED, null));
        Submission approved = as(SOURCING, () -> submissions.approve(zwolle, LOCKED, submitted.version()));

        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(reopening.reason()).isEqualTo("Late invoice data");
        assertThat(as(ADMIN, () -> lockedMonths.open())).extracting(open -> open.unit().id(), Reopening::period,
                Reopening::openUntil, Reopening::createdBy).containsExactly(tuple(zwolle, LOCKED, until, ADMIN));
        assertThat(auditLog.of(LockedMonthService.SUBJECT, zwolle)).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple("MONTH_REOPENED", ADMIN));
    }

    @Test
    void aReopeningThatHasEndedLocksTheMonthAgain() {
        transaction.executeWithoutResult(status -> reopenings.insert(zwolle, LOCKED, TestClock.TODAY.minusDays(1),
                "Ended yesterday", TestClock.now().minusDays(8), ADMIN));

        assertThat(submissions.isLocked(zwolle, LOCKED)).isTrue();
        assertThat(as(ADMIN, () -> lockedMonths.open())).isEmpty();
        assertThatThrownBy(() -> as(DELTA, () -> submissions.saveDraft(zwolle, LOCKED, Map.of())))
                .isInstanceOf(SubmissionStateException.class);
    }

    @Test
    void onlyLockedMonthsWithAReasonAndAnEndWithinNinetyDaysAreReopened() {
        YearMonth open = TestClock.THIS_MONTH.minusMonths(1);
        LocalDate today = TestClock.TODAY;

        assertThatThrownBy(() -> as(ADMIN, () -> lockedMonths.reopen(zwolle, open, today.minusDays(1), " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                tuple("period", "kpi.reopen.notLocked"), tuple("openUntil", "kpi.reopen.untilPast"),
                                tuple("reason", "validation.required")));
        assertThatThrownBy(() -> as(ADMIN, () -> lockedMonths.reopen(zwolle, LOCKED, today.plusDays(91), "Why")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("kpi.reopen.untilTooLate"));
        YearMonth latest = as(ADMIN, () -> lockedMonths.latestLockedMonth());
        assertThat(submissions.isLocked(zwolle, latest)).isTrue();
        assertThat(submissions.isLocked(zwolle, latest.plusMonths(1))).isFalse();
        assertThat(as(ADMIN, () -> lockedMonths.open())).isEmpty();
    }

    @Test
    void onlyTheAdministratorReopensMonths() {
        assertThatThrownBy(() -> as(SOURCING, () -> lockedMonths.reopen(zwolle, LOCKED, TestClock.TODAY, "Please")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(DELTA, () -> lockedMonths.units()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aKpiThatMovesMoreThanHalfFromTheLastApprovedMonthNeedsAnExplanation() {
        YearMonth earlier = LOCKED;
        as(ADMIN, () -> lockedMonths.reopen(zwolle, earlier, TestClock.TODAY, "Backfill"));
        as(DELTA, () -> submissions.saveDraft(zwolle, earlier, KpiMonths.forChannels(Set.of("phone"))));
        Submission submitted = as(DELTA, () -> submissions.submit(zwolle, earlier, null));
        as(SOURCING, () -> submissions.approve(zwolle, earlier, submitted.version()));

        YearMonth month = TestClock.THIS_MONTH.minusMonths(1);
        Map<InputKey, BigDecimal> doubledCost = KpiMonths.forChannels(Set.of("phone"));
        KpiMonths.put(doubledCost, "total_cost", "", "160000");
        as(DELTA, () -> submissions.saveDraft(zwolle, month, doubledCost));

        assertThatThrownBy(() -> as(DELTA, () -> submissions.submit(zwolle, month, null)))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
                        .filteredOn(problem -> problem.messageKey().equals("kpi.warning.bigChange"))
                        .extracting(InputProblem::field).contains("CPC", "CPH"))
                .satisfies(e -> assertThat(((InputProblemsException) e).problems()).allMatch(InputProblem::warning));
        Submission explained = as(DELTA, () -> submissions.submit(zwolle, month, "New price model since last month"));
        assertThat(explained.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    private <T> T as(String email, Supplier<T> action) {
        return SignIn.as((SignedInUser) userDetails.loadUserByUsername(email), action);
    }
}
