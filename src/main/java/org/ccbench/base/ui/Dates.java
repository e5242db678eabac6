package org.ccbench.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Day-month-year dates as Dutch and Belgian users write them, in both languages, months by name, and stored times in
 * the portal's time zone.
 */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

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

    /**
     * A stored time as the wall clock in {@code zone} (the zone of the portal's {@code Clock}) showed it, e.g.
     * {@code 10-03-2026 09:30}. The offset the database returns says nothing: PostgreSQL returns every time at UTC.
     */
    public static String dateTime(OffsetDateTime at, ZoneId zone) {
        return at == null ? "–" : DATE_TIME.format(at.atZoneSameInstant(zone));
    }

    /** "October 2026" in the user's language. */
    public static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }
}
