package org.ccbench.todo.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.ccbench.todo.ToDoGroup;
import org.ccbench.todo.ToDoItem;
import org.ccbench.todo.ToDoKind;

/** To-do items as a list of links, each with a badge saying what kind of work it is; shared by the page and the bell. */
class ToDoLinks extends Composite<Div> {

    /** Badge colours: red for what is late or sent back, green for good news, blue for what waits for a decision. */
    private static final Map<ToDoKind, String> THEMES = Map.ofEntries(
            Map.entry(ToDoKind.RETURNED_MONTH, "badge error"),
            Map.entry(ToDoKind.OVERDUE_MONTH, "badge contrast"),
            Map.entry(ToDoKind.DISPUTE_ANSWERED, "badge"),
            Map.entry(ToDoKind.MONTH_TO_APPROVE, "badge"),
            Map.entry(ToDoKind.DISPUTE_OPEN, "badge"),
            Map.entry(ToDoKind.OVERDUE_UNIT, "badge contrast"),
            Map.entry(ToDoKind.SCORECARD_FINAL, "badge success"),
            Map.entry(ToDoKind.CAMPAIGN_OPEN, "badge"),
            Map.entry(ToDoKind.CAMPAIGN_CLOSING, "badge error"),
            Map.entry(ToDoKind.TEMPLATE_PROBLEM, "badge error"),
            Map.entry(ToDoKind.LOCKED_MONTH, "badge contrast"));

    /**
     * At most {@code perKind} items of each kind, then a line that links to the kind's page for the rest. Shown items
     * are numbered in the list's order ({@code idPrefix-0}, {@code idPrefix-1} …).
     */
    ToDoLinks(String idPrefix, List<ToDoItem> items, Function<ToDoItem, String> texts, int perKind) {
        UnorderedList list = new UnorderedList();
        list.addClassName("todo-list");
        int index = 0;
        for (ToDoGroup group : ToDoGroup.of(items, perKind)) {
            for (ToDoItem item : group.shown()) {
                Anchor link = new Anchor(item.route(), texts.apply(item));
                link.setId(idPrefix + "-" + index++);
                link.getElement().setAttribute("data-kind", item.kind().name());
                list.add(line(item.kind(), link));
            }
            if (group.more() > 0) {
                Anchor rest = new Anchor(group.kind().listRoute(), getTranslation("todo.more", group.more()));
                rest.setId(idPrefix + "-more-" + group.kind().name());
                rest.getElement().setAttribute("data-kind", group.kind().name());
                list.add(line(group.kind(), rest));
            }
        }
        getContent().add(list);
    }

    private ListItem line(ToDoKind kind, Anchor link) {
        Span badge = new Span(getTranslation(kind.badgeKey()));
        badge.getElement().getThemeList().add(THEMES.get(kind));
        badge.addClassName("todo-badge");
        ListItem line = new ListItem(badge, link);
        line.addClassName("todo-item");
        return line;
    }
}
