package org.ccbench.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Day-month-year dates as Dutch and Belgian users write them, in both languages, and months by name. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Dates() {
    }

    public static DatePicker picker(String labelKey, String id) {
        DatePicker picker = new DatePicker(I18NProvider.translate(labelKey));
        picker.setId(id);
        picker.setLocale(Locale.of("nl", "NL"));
        picker.setPlaceholder(I18NProvider.translate("date.placeholder"));
        return picker;
    }

    public static String format(LocalDate date) {
        return date == null ? "–" : FORMAT.format(date);
    }

    /** "October 2026" in the user's language. */
    public static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }
}
