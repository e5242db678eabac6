package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.base.format.Numbers;

/**
 * The sourcing manager's contracts ranked by value for money with cost scored against the cheapest of them (SCORING.md
 * §1.3), each linked to its scorecard, which scores cost against the budget instead; the headers say which.
 */
class ComparisonGrid extends Grid<ComparisonRow> {

    ComparisonGrid() {
        setId("scorecard-comparison");
        addClassName("wrapping-headers");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(row -> row.rank() == null ? "–" : row.rank().toString())
                .setHeader(getTranslation("benchmark.pooled.rank")).setKey("rank").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(row -> {
            RouterLink link = new RouterLink(row.contractName(), ScorecardView.class,
                    new RouteParameters("id", String.valueOf(row.contractId())));
            link.setId("scorecard-link-" + row.contractId());
            return link;
        }).setHeader(getTranslation("scorecard.comparison.contract")).setKey("contract").setAutoWidth(true);
        addColumn(ComparisonRow::vendorName).setHeader(getTranslation("field.vendor")).setKey("vendor")
                .setAutoWidth(true);
        addColumn(row -> numbers().number(row.quality())).setHeader(getTranslation("scorecard.card.quality"))
                .setKey("quality");
        addColumn(row -> numbers().money(row.costPerContact())).setHeader(getTranslation("scorecard.comparison.cpc"))
                .setKey("cpc");
        addColumn(row -> numbers().number(row.costScore())).setHeader(getTranslation("scorecard.comparison.costScore"))
                .setTooltipGenerator(row -> getTranslation("scorecard.comparison.costScore.title"))
                .setKey("costScore");
        addColumn(row -> numbers().number(row.valueForMoney())).setHeader(getTranslation("scorecard.comparison.vfm"))
                .setTooltipGenerator(row -> getTranslation("scorecard.comparison.vfm.title"))
                .setKey("vfm");
        addColumn(row -> numbers().number(row.qualityPerEuro()))
                .setHeader(getTranslation("scorecard.comparison.qualityPerEuro"));
        addColumn(row -> numbers().money(row.bonusMalusAmount())).setHeader(getTranslation("scorecard.sla.amount"))
                .setKey("amount");
    }

    void show(List<ComparisonRow> rows) {
        setItems(rows);
    }

    /** Figures in the reader's notation (74,5 or 74.5). */
    private Numbers numbers() {
        return Numbers.of(getLocale());
    }
}
