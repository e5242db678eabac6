package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's heading with its actions on the right. */
public class Toolbar extends HorizontalLayout {

    public Toolbar(String title, Component... actions) {
        H2 heading = new H2(title);
        heading.addClassName("view-heading");
        add(heading);
        add(actions);
        addClassName("view-toolbar");
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
        expand(heading);
    }
}
