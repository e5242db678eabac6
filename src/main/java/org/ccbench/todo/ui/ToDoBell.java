package org.ccbench.todo.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import org.ccbench.todo.ToDoItem;
import org.ccbench.todo.ToDoService;

/**
 * The header's bell: how many to-do items there are, and the same items in a popover, each a link. The layout calls
 * {@link #refresh()} after every navigation, so the count follows the work done.
 */
public class ToDoBell extends Composite<Div> {

    /** Items of one kind in the bell's pop-over before "and N more". */
    static final int PER_KIND = 3;

    private final ToDoService toDo;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();

    public ToDoBell(ToDoService toDo) {
        this.toDo = toDo;
        bell.setId("todo-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.setId("todo-bell-count");
        count.getElement().getThemeList().add("badge error pill small primary");
        count.addClassName("todo-bell-count");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabelledBy("todo-bell-title");
        popover.setId("todo-bell-popover");
        popover.addClassName("todo-bell-popover");
        Div content = getContent();
        content.addClassName("todo-bell");
        content.add(bell, count, popover);
    }

    /** Asks the service again and shows the new count and items. */
    public void refresh() {
        List<ToDoItem> items = toDo.mine();
        String label = getTranslation("todo.bell", items.size());
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
        count.setText(String.valueOf(items.size()));
        count.setVisible(!items.isEmpty());
        popover.removeAll();
        H4 title = new H4(getTranslation("todo.title", items.size()));
        title.setId("todo-bell-title");
        popover.add(title);
        if (items.isEmpty()) {
            popover.add(new Paragraph(getTranslation("todo.none")));
        } else {
            popover.add(new ToDoLinks("todo-bell-item", items, item -> toDo.text(item, getLocale()), PER_KIND));
        }
    }
}
