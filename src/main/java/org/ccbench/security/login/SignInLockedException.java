package org.ccbench.security.login;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because the account (the e-mail address typed) is locked or the client address is blocked after
 * too many failures, even with the right password. The login page says until when.
 */
public class SignInLockedException extends LockedException {

    /** What is locked: the e-mail address typed, or the client's network address. */
    public enum Scope { ACCOUNT, ADDRESS }

    private final Scope scope;
    private final Instant until;

    public SignInLockedException(Scope scope, Instant until) {
        super("Sign-in temporarily locked (" + scope + ") until " + until);
        this.scope = scope;
        this.until = until;
    }

    public Scope scope() {
        return scope;
    }

    public Instant until() {
        return until;
    }
}
