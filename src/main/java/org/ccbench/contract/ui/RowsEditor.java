package org.ccbench.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rows of fields in a grid, added and removed by the user. Row {@code i}'s fields have the ids {@code <idPrefix>-<what>-i}
 * and the error names {@code <errorPrefix>.i.<what>} under which the service reports them.
 */
abstract class RowsEditor<T> extends Div {

    /** One row's fields. */
    interface Row<T> {
        T value();

        /** The row's cells, in the order of the header. */
        List<Component> cells();

        /** The fields by what they hold ({@code floor}, {@code rate} …). */
        Map<String, HasValidation> fields();

        void setReadOnly(boolean readOnly);
    }

    private final String idPrefix;
    private final String errorPrefix;
    private final List<String> headers;
    private final Supplier<T> newValue;
    private final Div table = new Div();
    private final Span empty = new Span();
    private final Span error = new Span();
    private final Button add = new Button();
    private final List<Row<T>> rows = new ArrayList<>();
    private boolean readOnly;

    /**
     * @param headerKeys the translation keys of the column headers
     * @param columns    the CSS grid columns of the cells (a last one for the remove button is added)
     */
    RowsEditor(String idPrefix, String errorPrefix, List<String> headerKeys, String columns, String emptyKey,
               String addKey, Supplier<T> newValue) {
        this.idPrefix = idPrefix;
        this.errorPrefix = errorPrefix;
        this.headers = headerKeys.stream().map(this::getTranslation).toList();
        this.newValue = newValue;
        setId(idPrefix + "-rows");
        table.getStyle().set("display", "grid").set("grid-template-columns", columns + " auto")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "baseline")
                .set("overflow-x", "auto");
        empty.setText(getTranslation(emptyKey));
        empty.setId(idPrefix + "-empty");
        error.setId(idPrefix + "-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId(idPrefix + "-add");
        table.setId(idPrefix + "-table");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(event -> {
            List<T> values = values();
            values.add(newValue.get());
            setValues(values);
        });
        add(error, table, empty, add);
    }

    /** A new row for {@code value} (null fields for a new, empty row) at {@code index}. */
    protected abstract Row<T> row(int index, T value);

    /** The id of a row's field: {@code <idPrefix>-<what>-<index>}. */
    protected String id(String what, int index) {
        return idPrefix + "-" + what + "-" + index;
    }

    void setValues(List<T> values) {
        rows.clear();
        table.removeAll();
        headers.forEach(header -> table.add(new Span(header)));
        table.add(new Span());
        for (int i = 0; i < values.size(); i++) {
            Row<T> row = row(i, values.get(i));
            row.setReadOnly(readOnly);
            rows.add(row);
            int index = i;
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
                List<T> kept = values();
                kept.remove(index);
                setValues(kept);
            });
            remove.setId(id("remove", i));
            remove.setAriaLabel(getTranslation("terms.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setVisible(!readOnly);
            row.cells().forEach(table::add);
            table.add(remove);
        }
        table.setVisible(!values.isEmpty());
        empty.setVisible(values.isEmpty());
    }

    List<T> values() {
        List<T> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.value()));
        return values;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        setValues(values());
    }

    /** Every row's fields by the names the service reports errors under. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            rows.get(i).fields().forEach((what, field) -> fields.put(errorPrefix + "." + index + "." + what, field));
        }
        return fields;
    }

    /** Shows an error about the rows as a whole, or clears it (null). */
    void setError(String message) {
        error.setText(message == null ? "" : message);
    }
}
