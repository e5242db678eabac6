package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Map;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;

/** Shows a service's validation errors at the fields they belong to. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public static void show(ValidationException exception, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        boolean focused = false;
        for (FieldError error : exception.errors()) {
            HasValidation field = fields.get(error.field());
            String message = I18NProvider.translate(error.messageKey());
            if (field == null) {
                Notifications.error(message);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!focused && field instanceof Component component
                    && component instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }
}
