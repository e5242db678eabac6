package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.PeerCellLabel;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.scorecard.KpiPeerRow;

/**
 * Each SLA KPI of the contract against anonymous peers, from the benchmark (A1: at least 5 organisations); the
 * contract's own value of a survey KPI on fewer than 50 responses is marked "small sample" and has no rank.
 */
class PeerGrid extends Grid<KpiPeerRow> {

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    PeerGrid(UnaryOperator<String> kpiName) {
        setId("scorecard-peers");
        addClassName("wide-only");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(row -> kpiName.apply(row.kpiLabel())).setHeader(getTranslation("scorecard.sla.kpi"))
                .setAutoWidth(true);
        addColumn(row -> UiNumbers.current().number(row.value())
                + (row.smallSample() ? " (" + getTranslation("scorecard.peers.smallSample") + ")" : ""))
                .setTooltipGenerator(row -> row.smallSample() ? getTranslation("benchmark.smallSample.own") : null)
                .setHeader(getTranslation("scorecard.peers.value")).setKey("value");
        addColumn(row -> row.median() == null ? getTranslation("scorecard.peers.insufficient")
                : UiNumbers.current().number(row.median()))
                .setHeader(getTranslation("scorecard.peers.median")).setKey("median");
        addColumn(row -> row.percentRank() == null ? "–" : UiNumbers.current().number(row.percentRank()))
                .setHeader(getTranslation("scorecard.peers.rank")).setKey("rank");
        addColumn(PeerGrid::cell).setHeader(getTranslation("scorecard.peers.cell")).setAutoWidth(true).setFlexGrow(2);
    }

    /** The same comparison as one card per KPI for a phone. */
    static PhoneCards<KpiPeerRow> cards(UnaryOperator<String> kpiName) {
        return new PhoneCards<KpiPeerRow>("scorecard-peer-cards", row -> new Span(kpiName.apply(row.kpiLabel())))
                .text(I18NProvider.translate("scorecard.peers.value"), row -> UiNumbers.current().number(row.value())
                        + (row.smallSample() ? " (" + I18NProvider.translate("scorecard.peers.smallSample") + ")" : ""))
                .text(I18NProvider.translate("scorecard.peers.median"), row -> row.median() == null
                        ? I18NProvider.translate("scorecard.peers.insufficient")
                        : UiNumbers.current().number(row.median()))
                .text(I18NProvider.translate("scorecard.peers.rank"),
                        row -> row.percentRank() == null ? "–" : UiNumbers.current().number(row.percentRank()))
                .wideText(I18NProvider.translate("scorecard.peers.cell"), PeerGrid::cell);
    }

    void show(List<KpiPeerRow> rows) {
        setItems(rows);
    }

    private static String cell(KpiPeerRow row) {
        return row.peerSourcing() == null ? ""
                : PeerCellLabel.of(row.peerSourcing(), row.peerSector(), row.peerSize(), row.n());
    }
}
