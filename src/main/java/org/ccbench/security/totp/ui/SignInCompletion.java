package org.ccbench.security.totp.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Replaces the half-way authentication of this session with the full one, under a new session id. */
final class SignInCompletion {

    private SignInCompletion() {
    }

    static void signIn(Authentication full, SecurityContextHolderStrategy contexts) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(full);
        contexts.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getSession(false) != null) {
            // as after the password: a session id seen before the second step is worth nothing after it
            try {
                request.getHttpServletRequest().changeSessionId();
            } catch (UnsupportedOperationException e) {
                // a mocked request (browserless view tests) has no session id to change
            }
        }
    }
}
