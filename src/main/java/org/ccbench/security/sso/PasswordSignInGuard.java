package org.ccbench.security.sso;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the password form for an organisation that signs in only through its own provider, before the password is
 * checked, and points to "Sign in with your organisation's account" instead.
 */
final class PasswordSignInGuard extends OncePerRequestFilter {

    private final RequestMatcher passwordSignIn = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private final SsoConfigurationService service;

    PasswordSignInGuard(SsoConfigurationService service) {
        this.service = service;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !passwordSignIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (service.passwordSignInRefused(request.getParameter("username"))) {
            response.sendRedirect(request.getContextPath() + "/login?" + SsoLoginOutcome.PASSWORD_OFF);
            return;
        }
        chain.doFilter(request, response);
    }
}
