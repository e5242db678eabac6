package org.ccbench.todo;

import java.util.List;

/**
 * One piece of open work for the signed-in user, with the place that does it.
 *
 * @param route     the portal path that opens the exact place, without a leading slash (e.g. {@code kpi/12/2026-01})
 * @param arguments the {@code todo.<kind>} text's arguments: names, months as {@code YYYY-MM}, numbers, dates
 */
public record ToDoItem(ToDoKind kind, String route, List<Object> arguments) {

    public ToDoItem {
        arguments = List.copyOf(arguments);
    }

    public static ToDoItem of(ToDoKind kind, String route, Object... arguments) {
        return new ToDoItem(kind, route, List.of(arguments));
    }

    /** The translation key of the item's text. */
    public String textKey() {
        return "todo." + kind.name();
    }

    /** The translation key of the item's badge. */
    public String badgeKey() {
        return "todo.badge." + kind.name();
    }
}
