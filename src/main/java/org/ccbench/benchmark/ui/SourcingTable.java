package org.ccbench.benchmark.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.benchmark.BenchmarkPeriod;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ccbench.benchmark.SourcingComparison;
import org.ccbench.benchmark.SourcingComparison.Side;

/**
 * Every KPI of a period, in-house against outsourced and all: median with P25–P75 and n, "no spread" with n when every
 * organisation of a side reports the same value, or "–" when hidden.
 */
class SourcingTable extends Grid<SourcingComparison> {

    private final EmptyState empty = new EmptyState("");
    private final Supplier<BenchmarkPeriod> period;
    private List<SourcingComparison> lastShown = List.of();

    /** @param period the period chosen on the page, for the message when nothing can be shown */
    SourcingTable(Supplier<BenchmarkPeriod> period) {
        this.period = period;
        setId("benchmark-sourcing");
        empty.setId("benchmark-sourcing-empty");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(SourcingComparison::kpi).setHeader(getTranslation("benchmark.kpi")).setAutoWidth(true)
                .setFrozen(true);
        column("inHouse", "benchmark.sourcing.in_house", SourcingComparison::inHouse);
        column("outsourced", "benchmark.sourcing.outsourced", SourcingComparison::outsourced);
        column("all", "benchmark.sourcing.all", SourcingComparison::all);
    }

    /** Says why every side is hidden and what would change that; hidden while any side shows a figure. */
    EmptyState emptyState() {
        return empty;
    }

    /** The rows on screen, for the export. */
    List<SourcingComparison> lastShown() {
        return lastShown;
    }

    /** The message when no side shows a figure, else null. */
    String emptyText() {
        return empty.isVisible() ? empty.getText() : null;
    }

    void show(List<SourcingComparison> comparisons) {
        lastShown = List.copyOf(comparisons);
        setItems(comparisons);
        boolean nothing = comparisons.stream().noneMatch(row -> row.all().shown() || row.all().noSpread());
        empty.setText(getTranslation("benchmark.sourcing.empty", period.get().label()));
        empty.setVisible(nothing);
        setVisible(!nothing);
    }

    private void column(String key, String headerKey, Function<SourcingComparison, Side> side) {
        addColumn(comparison -> text(side.apply(comparison))).setHeader(getTranslation(headerKey)).setKey(key)
                .setAutoWidth(true);
    }

    private String text(Side side) {
        if (side.noSpread()) {
            return getTranslation("benchmark.side.noSpread", side.n());
        }
        return side.shown() ? getTranslation("benchmark.side", UiNumbers.current().number(side.median()),
                UiNumbers.current().number(side.p25()), UiNumbers.current().number(side.p75()), side.n()) : "–";
    }
}
