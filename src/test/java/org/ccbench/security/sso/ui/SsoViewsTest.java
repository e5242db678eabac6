package org.ccbench.security.sso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.ccbench.base.ui.RouteAccessDeniedView;
import org.ccbench.security.sso.SsoConfigurationService;
import org.ccbench.security.sso.SsoLoginOutcome;
import org.ccbench.security.ui.LoginView;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The login page's "Sign in with your organisation's account" and the administrator's single sign-on page. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class SsoViewsTest extends SpringBrowserlessTest {

    @Autowired
    SsoConfigurationService sso;

    @Test
    void anAddressWithoutSingleSignOnIsToldToUseItsPassword() {
        navigate(LoginView.class);
        test($(EmailField.class).id("sso-email")).setValue("vendor@servicehub.example");
        test($(Button.class).id("sso-continue")).click();

        assertThat(message()).isEqualTo("vendor@servicehub.example signs in with a password: use the form above.");
    }

    @Test
    void somethingThatIsNotAnAddressIsMarkedAtTheField() {
        navigate(LoginView.class);
        test($(EmailField.class).id("sso-email")).setValue("center");
        test($(Button.class).id("sso-continue")).click();

        assertThat($(EmailField.class).id("sso-email").isInvalid()).isTrue();
        assertThat($(Paragraph.class).withId("sso-message").exists()).isFalse();
    }

    @Test
    void aRefusedSingleSignOnNamesTheAddressOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(SsoLoginOutcome.REASON_ATTRIBUTE, "NO_ACCOUNT");
        VaadinSession.getCurrent().getSession().setAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE,
                "nobody@noordzee-energie.example");
        loginPageWith(SsoLoginOutcome.REFUSED);

        assertThat(message()).isEqualTo("There is no CCBench account for nobody@noordzee-energie.example. "
                + "Ask your administrator.");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SsoLoginOutcome.EMAIL_ATTRIBUTE)).isNull();
    }

    @Test
    void aRefusedPasswordPointsToTheOrganisationsAccount() {
        loginPageWith(SsoLoginOutcome.PASSWORD_OFF);

        assertThat(message()).startsWith("Your organisation signs in with its own account");
    }

    @Test
    @WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void administratorSeesWhatIsWrongAndNothingIsStored() {
        navigate(SsoSettingsView.class);
        test($(Button.class).id("add-sso-button")).click();
        test($(TextField.class).id("sso-issuer")).setValue("ftp://idp.example");
        test($(TextArea.class).id("sso-domains")).setValue("noordzee energie");
        test($(Button.class).id("save-button")).click();

        assertThat($(TextField.class).id("sso-issuer").getErrorMessage())
                .startsWith("Enter the issuer as a full web address");
        assertThat($(TextArea.class).id("sso-domains").getErrorMessage())
                .startsWith("Enter domains such as example.com");
        assertThat($(ComboBox.class).id("sso-organisation").isInvalid()).isTrue();
        assertThat(sso.list()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyTheAdministratorReachesTheSingleSignOnPage() {
        navigate("admin/sso", RouteAccessDeniedView.class);
    }

    private void loginPageWith(String outcome) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(outcome, "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private String message() {
        Paragraph message = $(Paragraph.class).id("sso-message");
        assertThat(message.isVisible()).isTrue();
        return message.getText();
    }
}
