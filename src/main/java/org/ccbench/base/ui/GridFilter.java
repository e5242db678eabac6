package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A search field with a clear button and optional filters above a grid, the count of rows shown, and — when the filter
 * hides every row — a message that says so with a button that clears the filter. It filters in memory: meant for the
 * per-tenant lists that are small enough to hold (contracts, organisations, users, campaigns, the KPI grid's units).
 * The search matches every word typed, case-insensitively, anywhere in the row's search text.
 *
 * @param <T> the grid's row type
 */
public class GridFilter<T> extends Composite<Div> {

    private final Grid<T> grid;
    private final Function<T, String> searchText;
    private final TextField search = new TextField();
    private final FlexLayout bar = new FlexLayout();
    private final Span count = new Span();
    private final Div noMatch = new Div();
    private final List<Predicate<T>> filters = new ArrayList<>();
    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private List<T> items = List.of();

    /**
     * @param idPrefix   the ids of the parts: {@code <prefix>-search}, {@code -count}, {@code -no-match}, {@code -clear}
     * @param searchText what the search field looks in for a row, e.g. its name, client and vendor
     */
    public GridFilter(String idPrefix, Grid<T> grid, Function<T, String> searchText) {
        this.grid = grid;
        this.searchText = searchText;
        search.setId(idPrefix + "-search");
        search.setPlaceholder(getTranslation("filter.search"));
        search.setAriaLabel(getTranslation("filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("0");
        search.getStyle().set("flex", "1 1 12rem");
        search.addValueChangeListener(event -> apply());
        count.setId(idPrefix + "-count");
        count.addClassName("grid-filter-count");
        bar.add(search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexLayout.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        Button clear = new Button(getTranslation("filter.clear"), event -> clear());
        clear.setId(idPrefix + "-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph message = new Paragraph();
        message.setId(idPrefix + "-no-match");
        noMatch.add(message, clear);
        noMatch.addClassName("empty-state");
        noMatch.setVisible(false);
        getContent().add(bar, count, noMatch);
        getContent().setWidthFull();
    }

    /** Adds a filter field after the search field; an empty value lets every row through. */
    public <C extends Component & HasValue<?, V>, V> GridFilter<T> filter(C field, BiPredicate<T, V> matches) {
        field.getElement().getStyle().set("flex", "0 1 auto").set("min-width", "0");
        bar.add(field);
        fields.add(field);
        filters.add(row -> field.isEmpty() || matches.test(row, field.getValue()));
        field.addValueChangeListener(event -> apply());
        return this;
    }

    /** The rows to filter; shows those that pass. */
    public void setItems(List<T> rows) {
        items = List.copyOf(rows);
        apply();
    }

    /** Empties the search field and every filter, showing all rows again. */
    public void clear() {
        search.clear();
        fields.forEach(HasValue::clear);
        apply();
    }

    /** The rows the filter lets through, in their order. */
    public List<T> shown() {
        List<String> words = words(search.getValue());
        return items.stream().filter(row -> matches(row, words)).toList();
    }

    private boolean matches(T row, List<String> words) {
        String text = String.valueOf(searchText.apply(row)).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains) && filters.stream().allMatch(filter -> filter.test(row));
    }

    private void apply() {
        List<T> shown = shown();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        count.setText(getTranslation("filter.count", shown.size(), items.size()));
        // With nothing at all the view's own empty state explains why; the filter speaks only when it hides rows.
        getContent().setVisible(!items.isEmpty());
        noMatch.setVisible(shown.isEmpty() && !items.isEmpty());
        ((Paragraph) noMatch.getComponentAt(0)).setText(getTranslation("filter.noMatch", items.size()));
    }

    private static List<String> words(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : List.of(typed.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
