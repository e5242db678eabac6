package org.ccbench.security.login;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password sign-in behind {@link SignInThrottle}: a locked account or blocked address is refused before its
 * password is checked (so the right password does not help), a wrong password, an unknown e-mail address and a
 * password longer than BCrypt reads (72 bytes, which the hash would refuse with an error) all count as one failure,
 * and a successful sign-in forgets the account's failures. The client address is the request's, as Tomcat resolves
 * it from a trusted proxy's forwarded headers ({@code server.forward-headers-strategy=native}).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.checkAllowed(email, address);
        Authentication result;
        try {
            if (authentication.getCredentials() instanceof String password && PasswordRules.tooLong(password)) {
                throw new BadCredentialsException("Bad credentials");
            }
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            Optional<SignInLockedException> locked = throttle.recordFailure(email, address);
            if (locked.isPresent()) {
                throw locked.get();
            }
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.recordSuccess(email);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
