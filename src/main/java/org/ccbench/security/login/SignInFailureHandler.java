package org.ccbench.security.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a failed sign-in goes: {@code login?locked} for a locked account or blocked address, {@code login?error} for
 * anything else. Either way the exception is kept in the session (Spring Security's
 * {@code SPRING_SECURITY_LAST_EXCEPTION}), from which the login page reads until when the lock lasts.
 */
public class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final String lockedUrl;

    public SignInFailureHandler(String loginPath) {
        super(loginPath + "?error");
        this.lockedUrl = loginPath + "?locked";
    }

    /**
     * Puts this handler on the chain's form login after Vaadin configured it: configuring {@code formLogin} before
     * {@code VaadinSecurityConfigurer} would make Spring Security serve its own generated login page.
     */
    public static SecurityFilterChain installIn(SecurityFilterChain chain) {
        chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast)
                .forEach(filter -> filter.setAuthenticationFailureHandler(new SignInFailureHandler("/login")));
        return chain;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInLockedException) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, lockedUrl);
        } else {
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
