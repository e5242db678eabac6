package org.ccbench.security.login;

import static org.ccbench.security.login.internal.SignInThrottleRepository.ACCOUNT;
import static org.ccbench.security.login.internal.SignInThrottleRepository.ADDRESS;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccbench.audit.AuditLog;
import org.ccbench.security.login.internal.SignInThrottleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account (the e-mail address typed, whether or not a user has it) and per client
 * address in the database, so that every node of the portal refuses the same locked account
 * ({@link LoginProtectionProperties}). Locks and blocks are recorded in the audit log ({@code SIGN_IN_LOCKED},
 * {@code SIGN_IN_ADDRESS_BLOCKED}); a lock ends by itself, or when an administrator unlocks the account
 * ({@code ACCOUNT_UNLOCKED}).
 */
@Service
public class SignInThrottle {

    public static final String LOCKED = "SIGN_IN_LOCKED";
    public static final String ADDRESS_BLOCKED = "SIGN_IN_ADDRESS_BLOCKED";
    public static final String UNLOCKED = "ACCOUNT_UNLOCKED";

    private final SignInThrottleRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ThrottleRule accountRule;
    private final ThrottleRule addressRule;
    private final LoginProtectionProperties properties;

    SignInThrottle(SignInThrottleRepository repository, AuditLog auditLog, Clock clock,
                   LoginProtectionProperties properties) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
        this.properties = properties;
        this.accountRule = properties.accountRule();
        this.addressRule = properties.addressRule();
    }

    /** Refuses a sign-in while the client address is blocked or the account is locked, before any password check. */
    @Transactional(readOnly = true)
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        Optional<Instant> blocked = address == null ? Optional.empty() : lockedUntil(ADDRESS, address, now);
        if (blocked.isPresent()) {
            throw new SignInLockedException(SignInLockedException.Scope.ADDRESS, blocked.get());
        }
        Optional<Instant> locked = lockedUntil(ACCOUNT, key(email), now);
        if (locked.isPresent()) {
            throw new SignInLockedException(SignInLockedException.Scope.ACCOUNT, locked.get());
        }
    }

    /**
     * Counts one failed sign-in for the account and the address; returns the lock this failure started, if any (the
     * account's before the address's).
     */
    @Transactional
    public Optional<SignInLockedException> recordFailure(String email, String address) {
        Instant now = clock.instant();
        repository.deleteForgotten(now.minus(properties.forgetAfter()), now);
        String account = key(email);
        Optional<SignInLockedException> started = count(ACCOUNT, account, accountRule, now).map(until -> {
            auditLog.record(LOCKED, "app_user", repository.userIdOf(account), String.format(
                    "%s locked until %s after %d failed sign-ins within %s (the last from %s)", account, until,
                    accountRule.maxFailures(), accountRule.window(), address == null ? "an unknown address" : address));
            return new SignInLockedException(SignInLockedException.Scope.ACCOUNT, until);
        });
        if (address != null) {
            Optional<SignInLockedException> blocked = count(ADDRESS, address, addressRule, now).map(until -> {
                auditLog.record(ADDRESS_BLOCKED, "client_address", 0, String.format(
                        "%s blocked until %s after %d failed sign-ins within %s (the last for %s)", address, until,
                        addressRule.maxFailures(), addressRule.window(), account));
                return new SignInLockedException(SignInLockedException.Scope.ADDRESS, until);
            });
            if (started.isEmpty()) {
                started = blocked;
            }
        }
        return started;
    }

    /** A successful sign-in forgets the account's failures (not the address's: one good account resets nothing). */
    @Transactional
    public void recordSuccess(String email) {
        repository.delete(ACCOUNT, key(email));
    }

    /**
     * Ends the lock and forgets the failures of the account of user {@code userId}, recording
     * {@code ACCOUNT_UNLOCKED} if it was locked; true if it was. Callers check that the user is an administrator.
     */
    @Transactional
    public boolean unlock(String email, long userId) {
        Optional<Instant> lockedUntil = lockedUntil(ACCOUNT, key(email), clock.instant());
        repository.delete(ACCOUNT, key(email));
        lockedUntil.ifPresent(until -> auditLog.record(UNLOCKED, "app_user", userId,
                key(email) + " unlocked by an administrator (was locked until " + until + ")"));
        return lockedUntil.isPresent();
    }

    /** The accounts locked now (lower-case e-mail addresses), with the end of their lock. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedAccounts() {
        return repository.lockedAccounts(clock.instant());
    }

    private Optional<Instant> lockedUntil(String kind, String subject, Instant now) {
        return repository.find(kind, subject).filter(state -> state.lockedAt(now)).map(ThrottleState::lockedUntil);
    }

    /** Counts a failure; returns the end of the lock it started, if it started one. */
    private Optional<Instant> count(String kind, String subject, ThrottleRule rule, Instant now) {
        ThrottleState before = repository.lock(kind, subject, now).orElse(null);
        ThrottleState after = rule.afterFailure(before, now);
        repository.save(kind, subject, after);
        return ThrottleRule.lockStarted(before, after, now) ? Optional.of(after.lockedUntil()) : Optional.empty();
    }

    /** The account key: the e-mail address as the login compares it (trimmed, lower case), at most the column. */
    static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 320 ? key.substring(0, 320) : key;
    }
}
