package org.ccbench.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.ccbench.base.ui.LanguageSelect;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.SessionLocale;
import org.ccbench.privacy.ui.PrivacyNoticeLink;
import org.ccbench.security.login.SignInLockedException;
import org.ccbench.security.sso.ui.SsoSignInPanel;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final ZoneId zone;

    public LoginView(Clock clock) {
        this.zone = clock.getZone();
        setId("login-view");
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("CCBench");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        loginForm.setId("login-form");
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(translatedLoginTexts());

        LanguageSelect language = new LanguageSelect(getLocale(), this::switchLanguage);
        language.addClassName("login-language");
        add(brand, tagline, loginForm, language);
        add(new PrivacyNoticeLink());
        addComponentAtIndex(indexOf(loginForm) + 1, new SsoSignInPanel());
    }

    private void switchLanguage(Locale locale) {
        SessionLocale.choose(VaadinSession.getCurrent(), locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private LoginI18n translatedLoginTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            LoginI18n i18n = translatedLoginTexts();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(lockedMessage());
            loginForm.setI18n(i18n);
            loginForm.setError(true);
        } else {
            loginForm.setError(parameters.containsKey("error"));
        }
    }

    /** Until when the lock lasts, from the refusal Spring Security kept in the session; without it, "later". */
    private String lockedMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object refusal = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (!(refusal instanceof SignInLockedException locked)) {
            return getTranslation("login.locked.later");
        }
        String until = Dates.dateTime(locked.until().atOffset(ZoneOffset.UTC), zone);
        return getTranslation(locked.scope() == SignInLockedException.Scope.ADDRESS
                ? "login.locked.address" : "login.locked.account", until);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · CCBench";
    }
}
