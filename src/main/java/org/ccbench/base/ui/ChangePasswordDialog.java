package org.ccbench.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.organisation.UserAccountService;

class ChangePasswordDialog extends Dialog {

    ChangePasswordDialog(UserAccountService accounts) {
        setHeaderTitle(getTranslation("password.title"));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rules"));
        add(new FormLayout(current, next));

        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                accounts.changeMyPassword(current.getValue(), next.getValue());
                Notifications.success(getTranslation("password.changed"));
                close();
            } catch (ValidationException e) {
                FormErrors.show(e, Map.of("currentPassword", current, "newPassword", next));
            }
        });
        save.setId("save-password-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
    }
}
