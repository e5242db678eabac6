package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A grid's rows as cards, one per row, for phones: the stylesheet shows these instead of the grid below 40rem (class
 * {@code phone-cards}; the grid carries {@code wide-only}), so every figure of a row is on screen without swiping
 * sideways. The cards say the same as the grid's columns, with the column headers as labels.
 */
class PhoneCards<T> extends Div {

    /** Cards built at most: a client's 2,000 contracts would be 40,000 components, on a desktop too (hidden there). */
    static final int MAX_CARDS = 50;

    private record Field<T>(String label, Function<T, Component> value, boolean wide) {
    }

    private final String idPrefix;
    private final Function<T, Component> title;
    private final List<Field<T>> fields = new ArrayList<>();
    private Function<T, Component> action;

    PhoneCards(String id, Function<T, Component> title) {
        this.idPrefix = id;
        this.title = title;
        setId(id);
        addClassName("phone-cards");
    }

    /** A label with its text; a blank text leaves the label out of that card. */
    PhoneCards<T> text(String label, Function<T, String> value) {
        return component(label, row -> {
            String text = value.apply(row);
            return text == null || text.isBlank() ? null : new Span(text);
        });
    }

    PhoneCards<T> component(String label, Function<T, Component> value) {
        fields.add(new Field<>(label, value, false));
        return this;
    }

    /** A long text (notes, comments) on a line of its own. */
    PhoneCards<T> wideText(String label, Function<T, String> value) {
        fields.add(new Field<>(label, row -> {
            String text = value.apply(row);
            return text == null || text.isBlank() ? null : new Span(text);
        }, true));
        return this;
    }

    /** What the viewer may do with the row (a button or two), at the card's foot; null for none. */
    PhoneCards<T> action(Function<T, Component> action) {
        this.action = action;
        return this;
    }

    void show(List<T> rows) {
        removeAll();
        for (int index = 0; index < Math.min(rows.size(), MAX_CARDS); index++) {
            add(card(rows.get(index), index));
        }
        if (rows.size() > MAX_CARDS) {
            Paragraph rest = new Paragraph(getTranslation("cards.firstOf", MAX_CARDS, rows.size()));
            rest.setId(idPrefix + "-rest");
            add(rest);
        }
    }

    private Article card(T row, int index) {
        Article card = new Article();
        card.setId(idPrefix + "-" + index);
        card.addClassName("phone-card");
        H4 heading = new H4(title.apply(row));
        card.add(heading);
        DescriptionList list = new DescriptionList();
        for (Field<T> field : fields) {
            Component value = field.value().apply(row);
            if (value == null) {
                continue;
            }
            Div pair = new Div(new DescriptionList.Term(field.label()), new DescriptionList.Description(value));
            pair.addClassName(field.wide() ? "phone-card-wide" : "phone-card-figure");
            list.add(pair);
        }
        card.add(list);
        Component actions = action == null ? null : action.apply(row);
        if (actions != null) {
            Div foot = new Div(actions);
            foot.addClassName("phone-card-actions");
            card.add(foot);
        }
        return card;
    }
}
