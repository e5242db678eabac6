package org.ccbench.security.totp.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.ccbench.security.totp.TwoFactorSignIn;
import org.ccbench.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * While a sign-in waits for its second step, every navigation leads to the two-factor view (the login page stays
 * reachable, to start again). The half-way authentication carries no role and no user, so services refuse it too.
 */
@Component
class TwoFactorGate implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN_WHILE_SIGNING_IN = Set.of(TwoFactorView.class, LoginView.class);

    private final TwoFactorSignIn signIn;

    TwoFactorGate(TwoFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (signIn.pending().isPresent() && !OPEN_WHILE_SIGNING_IN.contains(event.getNavigationTarget())) {
            event.forwardTo(TwoFactorView.class);
        }
    }
}
