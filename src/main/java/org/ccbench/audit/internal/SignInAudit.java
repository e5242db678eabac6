package org.ccbench.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.ccbench.audit.AuditEvent;
import org.ccbench.audit.internal.AuditRepository.UserRef;
import org.ccbench.security.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records sign-ins, failed sign-ins and sign-outs from Spring Security's authentication events. Nobody is signed in
 * yet when they happen and no transaction is open, so the event is written in a transaction of its own; the actor is
 * the user name that was tried and the origin the client's address from the login request.
 */
@Component
class SignInAudit {

    static final String SUBJECT_USER = "app_user";
    /** The subject of a failed sign-in with a name that belongs to no user. */
    static final String SUBJECT_UNKNOWN = "sign_in";

    private final AuditRepository repository;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInAudit(AuditRepository repository, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record("SIGNED_IN", event.getAuthentication(), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record("SIGN_IN_FAILED", event.getAuthentication(), reason(event));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record("SIGNED_OUT", event.getAuthentication(), null);
    }

    private void record(String action, Authentication authentication, String detail) {
        String name = authentication == null || authentication.getName() == null ? "" : authentication.getName();
        String origin = origin(authentication);
        ownTransaction.executeWithoutResult(status -> {
            Optional<UserRef> user = authentication != null && authentication.getPrincipal() instanceof SignedInUser me
                    ? Optional.of(new UserRef(me.userId(), me.organisationId()))
                    : repository.user(name);
            repository.insert(new AuditEvent(OffsetDateTime.now(clock), name.isBlank() ? "(no name)" : name, origin,
                    action, user.isPresent() ? SUBJECT_USER : SUBJECT_UNKNOWN, user.map(UserRef::id).orElse(0L),
                    detail, user.map(UserRef::organisationId).orElse(null)));
        });
    }

    private static String origin(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return RequestOrigin.current();
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event) {
            case AuthenticationFailureBadCredentialsEvent ignored -> "wrong user name or password";
            case AuthenticationFailureDisabledEvent ignored -> "account disabled";
            case AuthenticationFailureLockedEvent ignored -> "account locked";
            case AuthenticationFailureExpiredEvent ignored -> "account expired";
            default -> event.getException().getClass().getSimpleName();
        };
    }
}
