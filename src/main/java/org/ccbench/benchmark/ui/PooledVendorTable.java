package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.PooledVendorFigure;

/** Every vendor pooled over all its clients, under a letter; the viewing vendor under its own name. */
class PooledVendorTable extends Grid<PooledVendorFigure> {

    private final EmptyState empty = new EmptyState("");
    private List<PooledVendorFigure> lastShown = List.of();

    PooledVendorTable() {
        setId("benchmark-pooled");
        empty.setId("benchmark-pooled-empty");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(figure -> figure.rank() == null ? "" : figure.rank().toString())
                .setHeader(getTranslation("benchmark.pooled.rank")).setKey("rank").setAutoWidth(true).setFlexGrow(0);
        addColumn(this::name)
                .setHeader(getTranslation("field.vendor")).setKey("vendor").setAutoWidth(true).setFlexGrow(0);
        addColumn(figure -> figure.shown() ? figure.clients().toString() : "")
                .setHeader(getTranslation("benchmark.pooled.clients")).setKey("clients").setAutoWidth(true).setFlexGrow(0);
        addColumn(this::value).setHeader(getTranslation("benchmark.pooled.value")).setKey("value")
                .setFlexGrow(1);
        setPartNameGenerator(figure -> figure.isOwn() ? "own-row" : null);
    }

    /** Says why no vendor has a pooled figure and what would change that; hidden while one has. */
    EmptyState emptyState() {
        return empty;
    }

    /** The rows on screen, for the export. */
    List<PooledVendorFigure> lastShown() {
        return lastShown;
    }

    /** The message under the heading when the table has no figure to show, else null. */
    String emptyText() {
        return empty.isVisible() ? empty.getText() : null;
    }

    void show(List<PooledVendorFigure> figures, String kpi, BenchmarkPeriod period) {
        lastShown = List.copyOf(figures);
        setItems(figures);
        setVisible(!figures.isEmpty());
        empty.setText(getTranslation(figures.isEmpty() ? "benchmark.pooled.empty" : "benchmark.pooled.noneShown",
                period.label(), kpi));
        empty.setVisible(figures.stream().noneMatch(figure -> figure.shown() && figure.value() != null));
    }

    /** The viewer's own name, or "Vendor A". */
    String name(PooledVendorFigure figure) {
        return figure.isOwn() ? figure.ownName() : getTranslation("benchmark.pooled.vendor", figure.letter());
    }

    private String value(PooledVendorFigure figure) {
        if (!figure.shown()) {
            return getTranslation("benchmark.pooled.tooFewClients");
        }
        return UiNumbers.current().number(figure.value());
    }
}
