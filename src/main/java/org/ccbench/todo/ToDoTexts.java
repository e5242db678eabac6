package org.ccbench.todo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ccbench.base.Translations;
import org.ccbench.template.KpiCatalogue;

/**
 * A to-do item's text in the reader's language: months as "januari 2026", dates as "9 april 2026" and KPIs by their
 * name ("Servicelevel · telefoon"), so the list, the bell and the e-mail digest read the same in each language.
 */
final class ToDoTexts {

    private ToDoTexts() {
    }

    static String text(ToDoItem item, Locale locale, KpiCatalogue catalogue) {
        Object[] arguments = item.arguments().stream().map(argument -> shown(argument, locale, catalogue)).toArray();
        return Translations.text(locale, item.textKey(), arguments);
    }

    private static Object shown(Object argument, Locale locale, KpiCatalogue catalogue) {
        return switch (argument) {
            case YearMonth month -> month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            case LocalDate day -> day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case ToDoItem.Kpi kpi -> catalogue.label(kpi.label(), locale);
            case Collection<?> values -> values.stream().map(value -> String.valueOf(shown(value, locale, catalogue)))
                    .collect(Collectors.joining(", "));
            default -> argument;
        };
    }
}
