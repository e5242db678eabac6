package org.ccbench.security.totp.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.ccbench.security.totp.PasswordVerifiedAuthentication;
import org.ccbench.security.totp.TwoFactorService;
import org.ccbench.security.totp.TwoFactorSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The second step of signing in, right after the password: a code from the authenticator app (or a recovery code),
 * or, when the user's role requires two-step verification and they have no app yet, enrolling one. After
 * {@link PasswordVerifiedAuthentication#MAX_FAILURES} wrong codes the session is signed out.
 */
@Route(value = "two-factor", autoLayout = false)
@PermitAll
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactorSignIn signIn;
    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;
    private final SecurityContextHolderStrategy contexts;

    TwoFactorView(TwoFactorSignIn signIn, TwoFactorService twoFactor, AuthenticationContext authentication,
                  ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.signIn = signIn;
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        setId("two-factor-view");
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PasswordVerifiedAuthentication signingIn = signIn.pending().orElse(null);
        if (signingIn == null) {
            event.forwardTo("");
            return;
        }
        H1 brand = new H1("CCBench");
        brand.addClassName("login-brand");
        add(brand, new H2(getTranslation("twoFactor.title")));
        if (signingIn.mustEnrol()) {
            add(new Paragraph(getTranslation("twoFactor.signIn.mustEnrol")),
                    new EnrolmentPanel(twoFactor, codes -> showRecoveryCodes(signingIn, codes)), cancelButton());
        } else {
            codeForm(signingIn);
        }
    }

    private void codeForm(PasswordVerifiedAuthentication signingIn) {
        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId("two-factor-code");
        code.setHelperText(getTranslation("twoFactor.signIn.codeHelp"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(12);
        code.setManualValidation(true);
        code.focus();
        Button verify = new Button(getTranslation("twoFactor.signIn.verify"), event -> {
            if (twoFactor.checkSignInCode(code.getValue())) {
                complete(signingIn);
            } else if (signingIn.failures() >= PasswordVerifiedAuthentication.MAX_FAILURES) {
                authentication.logout();
            } else {
                code.clear();
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("twoFactor.signIn.wrong",
                        PasswordVerifiedAuthentication.MAX_FAILURES - signingIn.failures()));
            }
        });
        verify.setId("two-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        add(new Paragraph(getTranslation("twoFactor.signIn.explain")), code,
                new HorizontalLayout(cancelButton(), verify));
    }

    private void showRecoveryCodes(PasswordVerifiedAuthentication signingIn, List<String> codes) {
        removeAll();
        add(new H2(getTranslation("twoFactor.title")), new RecoveryCodesPanel(codes, () -> complete(signingIn)));
    }

    private void complete(PasswordVerifiedAuthentication signingIn) {
        SignInCompletion.signIn(signIn.completed(signingIn), contexts);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("twoFactor.signIn.cancel"), event -> authentication.logout());
        cancel.setId("two-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.title") + " · CCBench";
    }
}
