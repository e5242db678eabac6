package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.VendorFigure;

/**
 * A sourcing manager's own vendors by name for the chosen KPI and period; a survey KPI on fewer than 50 responses is
 * marked "small sample".
 */
class VendorTable extends Grid<VendorFigure> {

    private final EmptyState empty = new EmptyState("");
    private List<VendorFigure> lastShown = List.of();

    VendorTable() {
        setId("benchmark-vendors");
        empty.setId("benchmark-vendors-empty");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(VendorFigure::vendorName).setHeader(getTranslation("field.vendor")).setAutoWidth(true);
        addColumn(VendorFigure::contracts).setHeader(getTranslation("benchmark.vendors.contracts")).setAutoWidth(true);
        addColumn(figure -> UiNumbers.current().number(figure.value())
                + (figure.smallSample() ? " (" + getTranslation("benchmark.smallSample") + ")" : ""))
                .setTooltipGenerator(figure -> figure.smallSample() ? getTranslation("benchmark.smallSample.vendor")
                        : null)
                .setHeader(getTranslation("benchmark.vendors.value")).setKey("value").setAutoWidth(true);
    }

    /** Says why the table has no figure and what to do; hidden while a vendor has one. */
    EmptyState emptyState() {
        return empty;
    }

    /** The rows on screen, for the export. */
    List<VendorFigure> lastShown() {
        return lastShown;
    }

    /** The message under the heading when the table has no figure to show, else null. */
    String emptyText() {
        return empty.isVisible() ? empty.getText() : null;
    }

    void show(List<VendorFigure> figures, String kpi, BenchmarkPeriod period) {
        lastShown = List.copyOf(figures);
        setItems(figures);
        setVisible(!figures.isEmpty());
        empty.setText(figures.isEmpty() ? getTranslation("benchmark.vendors.none")
                : getTranslation("benchmark.vendors.empty", period.label(), kpi));
        empty.setVisible(figures.stream().allMatch(figure -> figure.value() == null));
    }
}
