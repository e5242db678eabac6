package org.ccbench.security.totp;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccbench.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session half-way through signing in: the password was right, the second step (a code from an authenticator app,
 * or enrolling one when the user's role requires it) is still to come. It carries no role and its principal is not
 * a {@link SignedInUser}, so no view beyond the two-factor step, no service and no data accepts it; the two-factor
 * view replaces it with the user's full authentication once the code is right.
 */
public final class PasswordVerifiedAuthentication extends AbstractAuthenticationToken {

    /** Wrong codes allowed in one sign-in before the session is signed out. */
    public static final int MAX_FAILURES = 5;

    private final SignedInUser user;
    private final boolean mustEnrol;
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean passed;

    PasswordVerifiedAuthentication(SignedInUser user, boolean mustEnrol) {
        super(List.of());
        this.user = user.withoutPasswordHash();
        this.mustEnrol = mustEnrol;
        setAuthenticated(true);
    }

    /** The user who gave the right password; not the principal, on purpose. */
    SignedInUser user() {
        return user;
    }

    public long userId() {
        return user.userId();
    }

    public String email() {
        return user.email();
    }

    /** Whether the user has no authenticator app yet and their role requires one: they enrol now. */
    public boolean mustEnrol() {
        return mustEnrol;
    }

    /** Counts a wrong code; the number of wrong codes so far. */
    int recordFailure() {
        return failures.incrementAndGet();
    }

    /** The second step succeeded: the sign-in may be completed. */
    void markPassed() {
        passed = true;
    }

    boolean passed() {
        return passed;
    }

    public int failures() {
        return failures.get();
    }

    @Override
    public Object getPrincipal() {
        return user.email();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordVerifiedAuthentication that && user.equals(that.user)
                && mustEnrol == that.mustEnrol;
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
