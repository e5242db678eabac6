package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.scorecard.ComparisonRow;

/**
 * The sourcing manager's contracts ranked by value for money with cost scored against the cheapest of them (SCORING.md
 * §1.3), each linked to its scorecard, which scores cost against the budget instead; the headers say which.
 */
class ComparisonGrid extends Grid<ComparisonRow> {

    ComparisonGrid() {
        setId("scorecard-comparison");
        addClassNames("wrapping-headers", "wide-only");
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
        addColumn(row -> UiNumbers.current().number(row.quality())).setHeader(getTranslation("scorecard.card.quality"))
                .setKey("quality");
        addColumn(row -> UiNumbers.current().money(row.costPerContact()))
                .setHeader(getTranslation("scorecard.comparison.cpc"))
                .setKey("cpc");
        addColumn(row -> UiNumbers.current().number(row.costScore()))
                .setHeader(getTranslation("scorecard.comparison.costScore"))
                .setTooltipGenerator(row -> getTranslation("scorecard.comparison.costScore.title"))
                .setKey("costScore");
        addColumn(row -> UiNumbers.current().number(row.valueForMoney()))
                .setHeader(getTranslation("scorecard.comparison.vfm"))
                .setTooltipGenerator(row -> getTranslation("scorecard.comparison.vfm.title"))
                .setKey("vfm");
        addColumn(row -> UiNumbers.current().number(row.qualityPerEuro()))
                .setHeader(getTranslation("scorecard.comparison.qualityPerEuro"));
        addColumn(row -> UiNumbers.current().money(row.bonusMalusAmount()))
                .setHeader(getTranslation("scorecard.sla.amount"))
                .setKey("amount");
    }

    /** The same comparison as one card per contract for a phone: rank and contract, then its key figures. */
    static PhoneCards<ComparisonRow> cards() {
        return new PhoneCards<ComparisonRow>("scorecard-comparison-cards", row -> {
            RouterLink link = new RouterLink(row.contractName(), ScorecardView.class,
                    new RouteParameters("id", String.valueOf(row.contractId())));
            link.setId("scorecard-card-link-" + row.contractId());
            return new Span(new Span((row.rank() == null ? "–" : row.rank().toString()) + ". "), link);
        })
                .text(I18NProvider.translate("field.vendor"), ComparisonRow::vendorName)
                .text(I18NProvider.translate("scorecard.comparison.vfm"),
                        row -> UiNumbers.current().number(row.valueForMoney()))
                .text(I18NProvider.translate("scorecard.card.quality"),
                        row -> UiNumbers.current().number(row.quality()))
                .text(I18NProvider.translate("scorecard.comparison.costScore"),
                        row -> UiNumbers.current().number(row.costScore()))
                .text(I18NProvider.translate("scorecard.comparison.cpc"),
                        row -> UiNumbers.current().money(row.costPerContact()))
                .text(I18NProvider.translate("scorecard.comparison.qualityPerEuro"),
                        row -> UiNumbers.current().number(row.qualityPerEuro()))
                .text(I18NProvider.translate("scorecard.sla.amount"),
                        row -> UiNumbers.current().money(row.bonusMalusAmount()));
    }

    void show(List<ComparisonRow> rows) {
        GridHeight.fit(this, rows.size());
        setItems(rows);
    }
}
