package org.ccbench.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.ccbench.organisation.UserAccountService.TemporaryPassword;

/** Shows a generated password once; it is stored only as a hash. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String email, TemporaryPassword password) {
        setHeaderTitle(getTranslation("users.temporaryPassword.title"));
        Span value = new Span(password.value());
        value.setId("temporary-password");
        value.addClassName("temporary-password");
        add(new Paragraph(getTranslation("users.temporaryPassword.text", email)), value);
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("close-password-dialog");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
