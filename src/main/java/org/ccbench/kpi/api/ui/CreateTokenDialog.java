package org.ccbench.kpi.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.ccbench.base.ValidationException;
import org.ccbench.base.ui.FormErrors;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.kpi.api.NewApiToken;

/** Asks for the token's name, then shows its secret once, to be copied now. */
class CreateTokenDialog extends Dialog {

    static final int NAME_LENGTH = 100;

    private final ApiTokenService tokens;
    private final Runnable onCreated;
    private final TextField name = new TextField();

    CreateTokenDialog(ApiTokenService tokens, Runnable onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setId("create-token-dialog");
        setHeaderTitle(getTranslation("apiTokens.create"));
        name.setLabel(getTranslation("apiTokens.name"));
        name.setHelperText(getTranslation("apiTokens.name.help"));
        name.setId("token-name");
        name.setRequired(true);
        name.setMaxLength(NAME_LENGTH);
        name.setWidthFull();
        add(name);

        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("cancel-token-button");
        Button create = new Button(getTranslation("apiTokens.create"), event -> create());
        create.setId("confirm-create-token-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
    }

    private void create() {
        NewApiToken created;
        try {
            created = tokens.create(name.getValue());
        } catch (ValidationException e) {
            FormErrors.show(e, Map.of("name", name));
            return;
        }
        onCreated.run();
        showSecret(created);
    }

    private void showSecret(NewApiToken created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("apiTokens.secret.title", created.token().name()));
        TextField secret = new TextField(getTranslation("apiTokens.secret"));
        secret.setId("token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Paragraph warning = new Paragraph(getTranslation("apiTokens.secret.warning"));
        warning.setId("token-secret-warning");
        add(secret, new Paragraph(getTranslation("apiTokens.secret.copyHint")), warning);
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("close-token-dialog");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        secret.focus();
    }
}
