package org.ccbench.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.ValidationException;

/**
 * A create/edit dialog: Save runs the service call; its validation errors appear at the fields and the dialog stays
 * open, so nothing typed is lost.
 */
public abstract class EditDialog extends Dialog {

    private final Runnable onSaved;
    private final Button save = new Button();

    protected EditDialog(String titleKey, Runnable onSaved) {
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(titleKey));
        setId("edit-dialog");
        setWidth("min(40rem, 95vw)");
        save.setText(getTranslation("action.save"));
        save.setId("save-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("cancel-button");
        getFooter().add(cancel, save);
    }

    protected void onSave(Map<String, ? extends HasValidation> fields, Runnable action) {
        save.addClickListener(event -> {
            FormErrors.clear(fields);
            try {
                action.run();
            } catch (ValidationException e) {
                FormErrors.show(e, fields);
                return;
            } catch (StaleDataException e) {
                Notifications.error(getTranslation("error.stale"));
                return;
            }
            Notifications.success(getTranslation("saved"));
            close();
            onSaved.run();
        });
    }
}
