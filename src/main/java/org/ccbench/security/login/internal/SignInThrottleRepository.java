package org.ccbench.security.login.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.SIGN_IN_THROTTLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccbench.db.tables.records.SignInThrottleRecord;
import org.ccbench.security.login.ThrottleState;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The failed sign-ins per account and per client address (table {@code sign_in_throttle}). */
@Repository
public class SignInThrottleRepository {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String ADDRESS = "ADDRESS";

    private final DSLContext dsl;

    SignInThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ThrottleState> find(String kind, String subject) {
        return dsl.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind).and(SIGN_IN_THROTTLE.SUBJECT.eq(subject)))
                .fetchOptional(SignInThrottleRepository::state);
    }

    /**
     * The subject's state, its row locked until the transaction ends, so two nodes counting a failure of the same
     * subject at once count both. A subject without failures gets an empty row first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ThrottleState> lock(String kind, String subject, Instant now) {
        OffsetDateTime at = at(now);
        dsl.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.SUBJECT_KIND, kind).set(SIGN_IN_THROTTLE.SUBJECT, subject)
                .set(SIGN_IN_THROTTLE.FAILURES, 0).set(SIGN_IN_THROTTLE.WINDOW_STARTED, at)
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, at).set(SIGN_IN_THROTTLE.LOCKOUTS, 0)
                .onConflictDoNothing()
                .execute();
        SignInThrottleRecord row = dsl.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind).and(SIGN_IN_THROTTLE.SUBJECT.eq(subject)))
                .forUpdate().fetchSingle();
        return row.getFailures() == 0 && row.getLockouts() == 0 && row.getLockedUntil() == null
                ? Optional.empty() : Optional.of(state(row));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(String kind, String subject, ThrottleState state) {
        dsl.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, state.failures())
                .set(SIGN_IN_THROTTLE.WINDOW_STARTED, at(state.windowStarted()))
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, at(state.lastFailureAt()))
                .set(SIGN_IN_THROTTLE.LOCKOUTS, state.lockouts())
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, state.lockedUntil() == null ? null : at(state.lockedUntil()))
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind).and(SIGN_IN_THROTTLE.SUBJECT.eq(subject)))
                .execute();
    }

    /** Forgets the subject's failures and locks; true if there were any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(String kind, String subject) {
        return dsl.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind).and(SIGN_IN_THROTTLE.SUBJECT.eq(subject)))
                .execute() > 0;
    }

    /** Deletes the rows whose last failure lies before {@code before} and that are not locked at {@code now}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteForgotten(Instant before, Instant now) {
        return dsl.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LAST_FAILURE_AT.lt(at(before)))
                .and(SIGN_IN_THROTTLE.LOCKED_UNTIL.isNull().or(SIGN_IN_THROTTLE.LOCKED_UNTIL.le(at(now))))
                .execute();
    }

    /** The accounts (e-mail addresses) locked at {@code now}, with the end of their lock. */
    public Map<String, Instant> lockedAccounts(Instant now) {
        return dsl.select(SIGN_IN_THROTTLE.SUBJECT, SIGN_IN_THROTTLE.LOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(ACCOUNT).and(SIGN_IN_THROTTLE.LOCKED_UNTIL.gt(at(now))))
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2().toInstant()));
    }

    /** The id of the user with this e-mail address, for the audit log; 0 when nobody has it. */
    public long userIdOf(String email) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(DSL.lower(APP_USER.EMAIL).eq(email))
                .fetchOptional(APP_USER.ID).orElse(0L);
    }

    private static ThrottleState state(SignInThrottleRecord row) {
        return new ThrottleState(row.getFailures(), row.getWindowStarted().toInstant(),
                row.getLastFailureAt().toInstant(), row.getLockouts(),
                row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
