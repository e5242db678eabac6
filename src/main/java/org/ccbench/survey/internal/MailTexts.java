package org.ccbench.survey.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** E-mail texts in the invitee's language, from the portal's translation files. */
final class MailTexts {

    private MailTexts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
