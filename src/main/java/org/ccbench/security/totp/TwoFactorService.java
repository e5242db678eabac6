package org.ccbench.security.totp;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ValidationException;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.totp.internal.SecretCipher;
import org.ccbench.security.totp.internal.TwoFactorRepository;
import org.ccbench.security.totp.internal.TwoFactorRepository.StoredEnrolment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app: enrolment and turning it off by the user, the code at sign-in, the
 * administrator's reset (for a lost phone) and which roles must use it. Every change is audited.
 */
@Service
public class TwoFactorService {

    /** What a correct password leads to. */
    public enum SecondStep { NONE, CODE, ENROL }

    static final String ISSUER = "CCBench";
    private static final String SUBJECT_USER = "USER";
    private static final String WRONG_CODE = "twoFactor.error.wrongCode";

    private final TwoFactorRepository repository;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final Totp totp = new Totp();

    TwoFactorService(TwoFactorRepository repository, SecretCipher cipher, AuditLog auditLog, CurrentUser currentUser,
                     Clock clock, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.repository = repository;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Called while signing in, after the password was right and before anyone is signed in. */
    @Transactional(readOnly = true)
    public SecondStep secondStepAfterPassword(long userId) {
        if (repository.find(userId).isPresent()) {
            return SecondStep.CODE;
        }
        return repository.requiredFor(userId) ? SecondStep.ENROL : SecondStep.NONE;
    }

    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public TwoFactorStatus myStatus() {
        long me = currentUser.require().userId();
        boolean enrolled = repository.find(me).isPresent();
        return new TwoFactorStatus(enrolled, repository.requiredFor(me),
                enrolled ? repository.unusedRecoveryCodes(me) : 0);
    }

    /** A new secret for the signed-in user, or for a user whose role requires enrolling while they sign in. */
    @PreAuthorize(Access.SIGNED_IN)
    public Enrolment newEnrolment() {
        SignedInUser me = enrollingUser();
        String secret = Totp.base32(Totp.newSecret());
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, me.email(), secret));
    }

    /**
     * Stores the secret of {@link #newEnrolment()} once the user has typed a current code from their app, and returns
     * the recovery codes, which are shown this once and stored only as hashes.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public List<String> confirmEnrolment(String secret, String code) {
        SignedInUser me = enrollingUser();
        if (repository.find(me.userId()).isPresent()) {
            throw new ValidationException(List.of(new FieldError("code", "twoFactor.error.alreadyEnrolled")));
        }
        byte[] bytes = Totp.fromBase32(secret);
        if (bytes.length != Totp.newSecret().length) {
            throw new IllegalArgumentException("Not a secret of this portal's enrolment");
        }
        OptionalLong step = totp.acceptedStep(bytes, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("code", WRONG_CODE)));
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        repository.enrol(me.userId(), cipher.encrypt(me.userId(), bytes), step.getAsLong(), now(),
                recoveryCodes.stream().map(c -> cipher.hashRecoveryCode(me.userId(),
                        RecoveryCodes.normalise(c).orElseThrow())).toList());
        auditLog.record("TWO_FACTOR_ENROLLED", SUBJECT_USER, me.userId(),
                me.email() + "; " + recoveryCodes.size() + " recovery codes");
        pending().ifPresent(PasswordVerifiedAuthentication::markPassed);
        return recoveryCodes;
    }

    /** Turns two-factor sign-in off for the signed-in user, who proves it is them with a current code. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(noRollbackFor = ValidationException.class)
    public void disableMine(String code) {
        SignedInUser me = currentUser.require();
        if (!accepts(me.userId(), code)) {
            auditLog.record("TWO_FACTOR_FAILED", SUBJECT_USER, me.userId(), me.email() + "; turning it off");
            throw new ValidationException(List.of(new FieldError("code", WRONG_CODE)));
        }
        repository.delete(me.userId());
        auditLog.record("TWO_FACTOR_DISABLED", SUBJECT_USER, me.userId(), me.email());
    }

    /**
     * The second step of signing in: true if the code (from the app, or an unused recovery code) is right and not
     * used before. A wrong code is audited and counted; after {@link PasswordVerifiedAuthentication#MAX_FAILURES}
     * of them no code is accepted any more in this sign-in (the view signs the session out).
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public boolean checkSignInCode(String code) {
        PasswordVerifiedAuthentication signingIn = pending()
                .orElseThrow(() -> new AccessDeniedException("No sign-in waits for a second step"));
        if (signingIn.failures() >= PasswordVerifiedAuthentication.MAX_FAILURES) {
            return false;
        }
        if (accepts(signingIn.userId(), code)) {
            signingIn.markPassed();
            return true;
        }
        int failures = signingIn.recordFailure();
        auditLog.record("TWO_FACTOR_FAILED", SUBJECT_USER, signingIn.userId(), signingIn.email()
                + "; wrong code " + failures + " of " + PasswordVerifiedAuthentication.MAX_FAILURES + " at sign-in");
        return false;
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<EnrolledUser> enrolledUsers() {
        return repository.enrolledUsers();
    }

    /** The administrator removes a user's authenticator app (e.g. a lost phone); they enrol again when they must. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void reset(long userId) {
        String email = repository.emailOf(userId).orElseThrow(() -> new NotFoundOrNotAllowedException("User", userId));
        if (!repository.delete(userId)) {
            throw new ValidationException(List.of(new FieldError("user", "twoFactor.error.notEnrolled")));
        }
        auditLog.record("TWO_FACTOR_RESET", SUBJECT_USER, userId, email);
    }

    /** Which roles must sign in with an authenticator app. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public Map<Role, Boolean> requirements() {
        return repository.requirements();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void setRequired(Role role, boolean required) {
        if (repository.setRequired(role, required, now(), currentUser.auditName())) {
            auditLog.record("TWO_FACTOR_REQUIREMENT_CHANGED", "ROLE", 0,
                    role.name() + (required ? ": required" : ": optional"));
        }
    }

    private boolean accepts(long userId, String code) {
        Optional<StoredEnrolment> stored = repository.find(userId);
        if (stored.isEmpty()) {
            return false;
        }
        byte[] secret = cipher.decrypt(userId, stored.get().secretEncrypted());
        OptionalLong step = totp.acceptedStep(secret, code, clock.instant(), stored.get().lastUsedStep());
        if (step.isPresent()) {
            return repository.useStep(userId, step.getAsLong());
        }
        return RecoveryCodes.normalise(code)
                .map(recovery -> repository.useRecoveryCode(userId, cipher.hashRecoveryCode(userId, recovery), now()))
                .orElse(false);
    }

    private SignedInUser enrollingUser() {
        return currentUser.find().orElseGet(() -> pending().filter(PasswordVerifiedAuthentication::mustEnrol)
                .map(PasswordVerifiedAuthentication::user)
                .orElseThrow(() -> new AccessDeniedException("Not signed in")));
    }

    private Optional<PasswordVerifiedAuthentication> pending() {
        return contexts.getContext().getAuthentication() instanceof PasswordVerifiedAuthentication signingIn
                ? Optional.of(signingIn) : Optional.empty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
