package org.ccbench.todo;

import java.util.List;

/**
 * One piece of open work for the signed-in user, with the place that does it.
 *
 * @param route     the portal path that opens the exact place, without a leading slash (e.g. {@code kpi/12/2026-01})
 * @param arguments the {@code todo.<kind>} text's arguments: names, {@link java.time.YearMonth months},
 *                  {@link java.time.LocalDate dates}, numbers, {@link Kpi KPIs} and lists of months, written in the
 *                  reader's language by {@link ToDoService#text}
 */
public record ToDoItem(ToDoKind kind, String route, List<Object> arguments) {

    public ToDoItem {
        arguments = List.copyOf(arguments);
    }

    public static ToDoItem of(ToDoKind kind, String route, Object... arguments) {
        return new ToDoItem(kind, route, List.of(arguments));
    }

    /** A KPI named in an item, e.g. {@code SL[phone]}: written as the reader says it. */
    public record Kpi(String label) {
    }

    /** The translation key of the item's text. */
    public String textKey() {
        return "todo." + kind.name();
    }
}
