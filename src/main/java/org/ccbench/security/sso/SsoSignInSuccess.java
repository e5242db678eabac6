package org.ccbench.security.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccbench.security.SignedInUser;
import org.ccbench.security.totp.TwoFactorSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Turns a single sign-on into the same session a password sign-in makes: the {@link SignedInUser} as principal, the
 * portal's roles as authorities, no provider tokens kept. So every view and service, and the per-request reload of the
 * principal (CurrentPrincipalFilter) and the two-factor step, treat both alike. Then goes where the user was heading, as the form login does.
 */
final class SsoSignInSuccess implements AuthenticationSuccessHandler {

    private final SecurityContextHolderStrategy contexts;
    private final TwoFactorSignIn twoFactor;
    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SsoSignInSuccess(SecurityContextHolderStrategy contexts, TwoFactorSignIn twoFactor) {
        this.contexts = contexts;
        this.twoFactor = twoFactor;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof SsoSignedIn signedIn)) {
            throw new IllegalStateException("A single sign-on without a matched portal user");
        }
        SignedInUser user = signedIn.portalUser();
        // the same second step as after a password, when the user has an authenticator app or their role requires one
        Authentication portal = twoFactor.afterPassword(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(portal);
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        next.onAuthenticationSuccess(request, response, portal);
    }
}
