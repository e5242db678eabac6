package org.ccbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One neutral page for "does not exist", "belongs to someone else" and "your role may not open this", so that a typed
 * URL reveals nothing about other organisations.
 */
abstract class RefusedView<E extends Exception> extends VerticalLayout implements HasErrorParameter<E>, HasDynamicTitle {

    RefusedView() {
        setId("refused-view");
        addClassName("refused-view");
        H2 title = new H2(getTranslation("refused.title"));
        title.setId("refused-title");
        add(title, new Paragraph(getTranslation("refused.text")), new Anchor("", getTranslation("refused.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
