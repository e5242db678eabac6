package org.ccbench.testsupport;

import java.util.function.Supplier;
import org.ccbench.security.SignedInUser;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as a signed-in user, with the same {@link SignedInUser} principal that the login puts into the
 * security context (load it with {@link TestData#principal(String)}, which goes through the application's
 * {@code UserDetailsService}).
 */
public final class SignIn {

    private SignIn() {
    }

    /** Signs the user in for the rest of the test (the extension signs out afterwards). */
    public static void as(SignedInUser user) {
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A visitor who has not logged in, as Spring Security's anonymous filter represents them. */
    public static void anonymously() {
        set(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** No authentication at all, e.g. a background thread. */
    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code action} as {@code user} and restores the previous security context. */
    public static <T> T as(SignedInUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        as(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code action} as {@code user} and restores the previous security context. */
    public static void as(SignedInUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    private static void set(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    /** Clears the security context around every test, so no test runs as the previous test's user. */
    public static final class ClearSecurityContext implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            SecurityContextHolder.clearContext();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            SecurityContextHolder.clearContext();
        }
    }
}
