package org.ccbench.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.Translations;
import org.springframework.stereotype.Component;

/**
 * Offers English and Dutch to Vaadin, so a browser asking for English (or any other language) gets English; with
 * only the Dutch file named by locale, Vaadin's default provider would have offered Dutch alone.
 */
@Component
class PortalTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.text(locale, key, params);
    }
}
