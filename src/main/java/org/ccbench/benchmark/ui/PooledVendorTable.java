package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.base.format.Numbers;

/** Every vendor pooled over all its clients, under a letter; the viewing vendor under its own name. */
class PooledVendorTable extends Grid<PooledVendorFigure> {

    PooledVendorTable() {
        setId("benchmark-pooled");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(figure -> figure.rank() == null ? "" : figure.rank().toString())
                .setHeader(getTranslation("benchmark.pooled.rank")).setKey("rank").setAutoWidth(true).setFlexGrow(0);
        addColumn(figure -> figure.isOwn() ? figure.ownName()
                : getTranslation("benchmark.pooled.vendor", figure.letter()))
                .setHeader(getTranslation("field.vendor")).setKey("vendor").setAutoWidth(true).setFlexGrow(0);
        addColumn(figure -> figure.shown() ? figure.clients().toString() : "")
                .setHeader(getTranslation("benchmark.pooled.clients")).setKey("clients").setAutoWidth(true).setFlexGrow(0);
        addColumn(this::value).setHeader(getTranslation("benchmark.pooled.value")).setKey("value")
                .setFlexGrow(1);
        setPartNameGenerator(figure -> figure.isOwn() ? "own-row" : null);
    }

    void show(List<PooledVendorFigure> figures) {
        setItems(figures);
    }

    private String value(PooledVendorFigure figure) {
        if (!figure.shown()) {
            return getTranslation("benchmark.pooled.tooFewClients");
        }
        return numbers().number(figure.value());
    }

    /** Figures in the reader's notation (74,5 or 74.5). */
    private Numbers numbers() {
        return Numbers.of(getLocale());
    }
}
