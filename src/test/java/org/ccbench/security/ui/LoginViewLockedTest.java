package org.ccbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.ccbench.security.login.SignInLockedException;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused sign-in: a wrong password, or a lock with its end in the portal's zone. */
@DemoPortalTest
@ViewPackages(classes = LoginView.class)
class LoginViewLockedTest extends SpringBrowserlessTest {

    @Test
    void aLockedAccountIsToldUntilWhenAndToAskTheAdministrator() {
        refusedWith(new SignInLockedException(SignInLockedException.Scope.ACCOUNT,
                TestClock.NOW.plus(Duration.ofMinutes(15))));
        LoginForm form = open("locked");

        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Sign-in temporarily locked")
                .contains("locked until 10-03-2026 09:45").contains("ask the administrator")
                .doesNotContain("Incorrect e-mail or password");
    }

    @Test
    void aBlockedAddressIsToldItIsTheNetwork() {
        refusedWith(new SignInLockedException(SignInLockedException.Scope.ADDRESS,
                TestClock.NOW.plus(Duration.ofMinutes(30))));
        LoginForm form = open("locked");

        assertThat(texts(form)).contains("your network").contains("10-03-2026 10:00");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        refusedWith(new BadCredentialsException("Bad credentials"));
        LoginForm form = open("error");

        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Incorrect e-mail or password").doesNotContain("locked");
    }

    /** Opens {@code login?<parameter>}, where a refused sign-in lands, and returns its form. */
    private LoginForm open(String parameter) {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of(parameter, ""));
        return $(LoginForm.class).single();
    }

    /** The texts the form shows (its {@code i18n} property, as the browser receives it). */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void refusedWith(Exception refusal) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
    }
}
