package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.ccbench.benchmark.VendorFigure;
import org.ccbench.base.format.Numbers;

/**
 * A sourcing manager's own vendors by name for the chosen KPI and period; a survey KPI on fewer than 50 responses is
 * marked "small sample".
 */
class VendorTable extends Grid<VendorFigure> {

    VendorTable() {
        setId("benchmark-vendors");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(VendorFigure::vendorName).setHeader(getTranslation("field.vendor")).setAutoWidth(true);
        addColumn(VendorFigure::contracts).setHeader(getTranslation("benchmark.vendors.contracts")).setAutoWidth(true);
        addColumn(figure -> numbers().number(figure.value())
                + (figure.smallSample() ? " (" + getTranslation("benchmark.smallSample") + ")" : ""))
                .setTooltipGenerator(figure -> figure.smallSample() ? getTranslation("benchmark.smallSample.vendor")
                        : null)
                .setHeader(getTranslation("benchmark.vendors.value")).setKey("value").setAutoWidth(true);
    }

    void show(List<VendorFigure> figures) {
        setItems(figures);
    }

    /** Figures in the reader's notation (74,5 or 74.5). */
    private Numbers numbers() {
        return Numbers.of(getLocale());
    }
}
