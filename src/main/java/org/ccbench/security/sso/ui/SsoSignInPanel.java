package org.ccbench.security.sso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Set;
import org.ccbench.security.sso.SsoConfigurationService;
import org.ccbench.security.sso.SsoLoginOutcome;
import org.ccbench.security.sso.SsoRoute;
import org.ccbench.security.sso.SsoSignInRefused;

/**
 * "Sign in with your organisation's account", below the password form: an e-mail address whose domain has single
 * sign-on goes to its organisation's provider; any other address is told that it signs in with a password. Also says
 * why a single sign-on or a password sign-in was refused.
 */
public class SsoSignInPanel extends VerticalLayout implements BeforeEnterObserver {

    private final SsoConfigurationService sso;
    private final EmailField email = new EmailField();
    private final Paragraph message = new Paragraph();
    private final Details details;

    /** For the login view, which has no Spring constructor: takes the service from Vaadin's Spring instantiator. */
    public SsoSignInPanel() {
        this(VaadinService.getCurrent().getInstantiator().getOrCreate(SsoConfigurationService.class));
    }

    public SsoSignInPanel(SsoConfigurationService sso) {
        this.sso = sso;
        setId("sso-panel");
        setPadding(false);
        setWidth("min(22rem, 95vw)");
        email.setId("sso-email");
        email.setLabel(getTranslation("sso.login.email"));
        email.setWidthFull();
        Button go = new Button(getTranslation("sso.login.continue"), event -> route());
        go.setId("sso-continue");
        HorizontalLayout row = new HorizontalLayout(email, go);
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        message.setId("sso-message");
        message.setVisible(false);
        details = new Details(getTranslation("sso.login.title"), new VerticalLayout(row));
        details.setId("sso-details");
        details.setWidthFull();
        add(message, details);
    }

    private void route() {
        SsoRoute route = sso.routeFor(email.getValue());
        switch (route.kind()) {
            case PROVIDER -> getUI().ifPresent(ui -> ui.getPage().setLocation(route.path()));
            case PASSWORD -> show("sso.login.password", email.getValue().strip());
            case PROVIDER_UNAVAILABLE -> show("sso.login.unavailable");
            case INVALID_EMAIL -> {
                email.setErrorMessage(getTranslation("sso.login.invalidEmail"));
                email.setInvalid(true);
            }
        }
    }

    private void show(String key, Object... parameters) {
        email.setInvalid(false);
        message.setText(getTranslation(key, parameters));
        message.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Set<String> parameters = event.getLocation().getQueryParameters().getParameters().keySet();
        if (parameters.contains(SsoLoginOutcome.REFUSED)) {
            showRefusal();
        } else if (parameters.contains(SsoLoginOutcome.FAILED)) {
            show("sso.login.failed");
        } else if (parameters.contains(SsoLoginOutcome.PASSWORD_OFF)) {
            show("sso.login.passwordOff");
            details.setOpened(true);
        }
    }

    private void showRefusal() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object reason = session == null ? null : session.getAttribute(SsoLoginOutcome.REASON_ATTRIBUTE);
        Object address = session == null ? null : session.getAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(SsoLoginOutcome.REASON_ATTRIBUTE);
            session.removeAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE);
        }
        if (SsoSignInRefused.Reason.NO_EMAIL.name().equals(reason)) {
            show("sso.login.noEmail");
        } else if (SsoSignInRefused.Reason.EMAIL_NOT_VERIFIED.name().equals(reason)) {
            show("sso.login.notVerified", address);
        } else if (address != null) {
            show("sso.login.noAccount", address);
        } else {
            show("sso.login.failed");
        }
    }
}
