package org.ccbench.survey.internal;

import java.util.Locale;
import org.ccbench.base.Translations;

/** E-mail texts in the invitee's language, from the portal's translation files. */
final class MailTexts {

    private MailTexts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }
}
