package org.ccbench.security.totp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.Notifications;
import org.ccbench.security.totp.TwoFactorService;
import org.ccbench.security.totp.TwoFactorStatus;
import org.ccbench.todo.DigestService;
import org.ccbench.todo.ui.DigestPreference;

/** The signed-in user's own security settings (from the user menu): two-step verification with an app. */
@Route("account/security")
@PermitAll
public class SecurityView extends VerticalLayout implements HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final VerticalLayout section = new VerticalLayout();

    SecurityView(TwoFactorService twoFactor, DigestService digests) {
        this.twoFactor = twoFactor;
        setId("security-view");
        section.setPadding(false);
        add(new H3(getTranslation("twoFactor.title")), new Paragraph(getTranslation("twoFactor.explain")), section);
        refresh();
        add(new DigestPreference(digests));
    }

    private void refresh() {
        section.removeAll();
        TwoFactorStatus status = twoFactor.myStatus();
        Paragraph state = new Paragraph(status.enrolled()
                ? getTranslation("twoFactor.status.on", status.recoveryCodesLeft())
                : getTranslation("twoFactor.status.off"));
        state.setId("two-factor-status");
        section.add(state);
        if (status.required()) {
            section.add(new Paragraph(getTranslation("twoFactor.status.required")));
        }
        if (status.enrolled()) {
            section.add(turnOff());
        } else {
            Button setUp = new Button(getTranslation("twoFactor.setUp"), event -> {
                section.removeAll();
                section.add(new EnrolmentPanel(twoFactor, codes -> {
                    section.removeAll();
                    section.add(new RecoveryCodesPanel(codes, this::refresh));
                }));
            });
            setUp.setId("two-factor-set-up");
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(setUp);
        }
    }

    private VerticalLayout turnOff() {
        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId("two-factor-disable-code");
        code.setManualValidation(true);
        code.setHelperText(getTranslation("twoFactor.disable.help"));
        Button disable = new Button(getTranslation("twoFactor.disable"), event -> {
            try {
                twoFactor.disableMine(code.getValue());
                Notifications.success(getTranslation("twoFactor.disabled"));
                refresh();
            } catch (ValidationException e) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        disable.setId("two-factor-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout form = new VerticalLayout(code, disable);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.security");
    }
}
