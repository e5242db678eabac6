package org.ccbench.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page with a sentence that says why; the refused address goes in the session, not the URL. */
final class SsoSignInFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoSignInFailure.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String outcome;
        if (exception instanceof SsoSignInRefused refused) {
            HttpSession session = request.getSession();
            session.setAttribute(SsoLoginOutcome.REASON_ATTRIBUTE, refused.reason().name());
            session.setAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE, refused.email());
            outcome = SsoLoginOutcome.REFUSED;
        } else {
            log.warn("Single sign-on did not complete: {}", exception.toString());
            outcome = SsoLoginOutcome.FAILED;
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
