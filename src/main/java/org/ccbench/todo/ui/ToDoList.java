package org.ccbench.todo.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.ccbench.todo.ToDoItem;
import org.ccbench.todo.ToDoService;

/** The start page's "What needs you": the signed-in user's open work, each item one click from its place. */
public class ToDoList extends Composite<Div> {

    /** Items of one kind listed on the start page before "and N more". */
    static final int PER_KIND = 10;

    public ToDoList(ToDoService toDo) {
        List<ToDoItem> items = toDo.mine();
        Div content = getContent();
        content.setId("todo");
        content.addClassName("todo");
        content.add(new H3(getTranslation("todo.title", items.size())));
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("todo.none"));
            none.setId("todo-none");
            none.addClassName("empty-state");
            content.add(none);
        } else {
            content.add(new ToDoLinks("todo-item", items, item -> toDo.text(item, getLocale()), PER_KIND));
        }
    }
}
