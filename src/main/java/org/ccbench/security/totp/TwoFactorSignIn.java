package org.ccbench.security.totp;

import java.util.Optional;
import org.ccbench.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The two-factor step of signing in. After a correct password the authentication provider asks
 * {@link #afterPassword}: a user with an authenticator app, or whose role requires one, gets a
 * {@link PasswordVerifiedAuthentication} (no roles, no data) instead of their full authentication, and only
 * {@link #completed} turns it into the full one once {@link TwoFactorService#checkSignInCode} or the enrolment passed.
 */
@Component
public class TwoFactorSignIn {

    private final TwoFactorService twoFactor;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contexts;

    TwoFactorSignIn(TwoFactorService twoFactor, UserDetailsService users,
                    ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The authentication to keep after a correct password: the full one, or the half-way one of a second step. */
    public Authentication afterPassword(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            return authentication;
        }
        return switch (twoFactor.secondStepAfterPassword(user.userId())) {
            case NONE -> authentication;
            case CODE -> new PasswordVerifiedAuthentication(user, false);
            case ENROL -> new PasswordVerifiedAuthentication(user, true);
        };
    }

    /** The sign-in of this session that waits for its second step, if any. */
    public Optional<PasswordVerifiedAuthentication> pending() {
        return contexts.getContext().getAuthentication() instanceof PasswordVerifiedAuthentication signingIn
                ? Optional.of(signingIn) : Optional.empty();
    }

    /**
     * The user's full authentication once the second step passed, read afresh (a user disabled meanwhile is
     * refused).
     */
    public Authentication completed(PasswordVerifiedAuthentication signingIn) {
        if (!signingIn.passed()) {
            throw new AccessDeniedException("The second step of signing in has not passed");
        }
        if (!(users.loadUserByUsername(signingIn.email()) instanceof SignedInUser user) || !user.isEnabled()) {
            throw new DisabledException("The account was disabled while signing in");
        }
        SignedInUser principal = user.withoutPasswordHash();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
