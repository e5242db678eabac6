package org.ccbench.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ccbench.base.Translations;

/** English / Nederlands; each language is shown in its own name so a user can always find theirs. */
public class LanguageSelect extends Select<Locale> {

    public static final List<Locale> SUPPORTED = Translations.LANGUAGES;

    public LanguageSelect(Locale current, Consumer<Locale> onChange) {
        setId("language-select");
        setItems(SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1));
        setValue(supported(current));
        setAriaLabel("Language / Taal");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChange.accept(event.getValue());
            }
        });
    }

    public static Locale supported(Locale locale) {
        return Translations.supported(locale);
    }
}
