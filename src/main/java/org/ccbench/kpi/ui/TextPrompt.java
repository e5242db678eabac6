package org.ccbench.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for a required text (a reason, a review comment, an explanation of warnings) before an action. */
class TextPrompt extends Dialog {

    TextPrompt(String id, String title, String explanation, String label, String actionLabel,
               Consumer<String> onConfirm) {
        setId(id);
        setHeaderTitle(title);
        TextArea text = new TextArea(label);
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        text.setRequiredIndicatorVisible(true);
        add(new Paragraph(explanation), text);
        Button confirm = new Button(actionLabel, event -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("validation.required"));
                text.setInvalid(true);
                return;
            }
            close();
            onConfirm.accept(text.getValue());
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, confirm);
        text.focus();
    }
}
