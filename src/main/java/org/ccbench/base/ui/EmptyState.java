package org.ccbench.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Says what to do when a list has nothing in it yet. */
public class EmptyState extends Paragraph {

    public EmptyState(String text) {
        super(text);
        addClassName("empty-state");
        setId("empty-state");
    }
}
