package org.ccbench.todo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first few items of one kind and how many more there are: a vendor with 2,000 contracts can have 24,000 overdue
 * months, which no page or e-mail can list, so each kind shows a few and links to its page for the rest.
 *
 * @param shown the first items of the kind, in the list's order
 * @param more  how many items of the kind are not shown
 */
public record ToDoGroup(ToDoKind kind, List<ToDoItem> shown, int more) {

    public ToDoGroup {
        shown = List.copyOf(shown);
    }

    /** The items grouped by kind, in the order they come, each with at most {@code perKind} of its items shown. */
    public static List<ToDoGroup> of(List<ToDoItem> items, int perKind) {
        if (perKind < 1) {
            throw new IllegalArgumentException("perKind must be at least 1");
        }
        Map<ToDoKind, List<ToDoItem>> shown = new LinkedHashMap<>();
        Map<ToDoKind, Integer> more = new LinkedHashMap<>();
        for (ToDoItem item : items) {
            List<ToDoItem> ofKind = shown.computeIfAbsent(item.kind(), kind -> new ArrayList<>());
            if (ofKind.size() < perKind) {
                ofKind.add(item);
            } else {
                more.merge(item.kind(), 1, Integer::sum);
            }
        }
        List<ToDoGroup> groups = new ArrayList<>();
        shown.forEach((kind, first) -> groups.add(new ToDoGroup(kind, first, more.getOrDefault(kind, 0))));
        return groups;
    }
}
