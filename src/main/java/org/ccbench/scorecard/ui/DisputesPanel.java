package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.scorecard.Dispute;
import org.ccbench.scorecard.DisputeStatus;

/** The period's disputes; the client's sourcing manager accepts or rejects an open one. */
class DisputesPanel extends Composite<Div> {

    private final Grid<Dispute> grid = new Grid<>();
    private final EmptyState empty;
    private final PhoneCards<Dispute> cards;

    /**
     * @param resolve null when the viewer cannot resolve (a vendor)
     * @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone")
     */
    DisputesPanel(BiConsumer<Dispute, DisputeStatus> resolve, UnaryOperator<String> kpiName) {
        grid.setId("scorecard-disputes");
        grid.addClassName("wide-only");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(dispute -> dispute.month().toString()).setHeader(getTranslation("scorecard.dispute.month"))
                .setAutoWidth(true);
        grid.addColumn(dispute -> kpiName.apply(dispute.kpiLabel())).setHeader(getTranslation("scorecard.sla.kpi"))
                .setAutoWidth(true);
        grid.addColumn(dispute -> dispute.comment() + " (" + dispute.raisedBy() + ")")
                .setHeader(getTranslation("scorecard.dispute.comment")).setFlexGrow(2);
        grid.addColumn(dispute -> getTranslation(String.join(".", "scorecard.dispute", dispute.status().name())))
                .setHeader(getTranslation("field.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(dispute -> dispute.resolution() == null ? "" : dispute.resolution() + " ("
                + dispute.resolvedBy() + ")").setHeader(getTranslation("scorecard.dispute.resolution"))
                .setFlexGrow(2);
        if (resolve != null) {
            grid.addComponentColumn(dispute -> {
                HorizontalLayout actions = new HorizontalLayout();
                if (dispute.status() == DisputeStatus.OPEN) {
                    actions.add(button("accept", dispute, () -> resolve.accept(dispute, DisputeStatus.ACCEPTED)),
                            button("reject", dispute, () -> resolve.accept(dispute, DisputeStatus.REJECTED)));
                }
                return actions;
            }).setKey("actions").setAutoWidth(true);
        }
        cards = new PhoneCards<Dispute>("scorecard-dispute-cards",
                dispute -> new Span(kpiName.apply(dispute.kpiLabel())))
                .text(getTranslation("scorecard.dispute.month"), dispute -> dispute.month().toString())
                .text(getTranslation("field.status"),
                        dispute -> getTranslation(String.join(".", "scorecard.dispute", dispute.status().name())))
                .wideText(getTranslation("scorecard.dispute.comment"),
                        dispute -> dispute.comment() + " (" + dispute.raisedBy() + ")")
                .wideText(getTranslation("scorecard.dispute.resolution"), dispute -> dispute.resolution() == null
                        ? "" : dispute.resolution() + " (" + dispute.resolvedBy() + ")");
        if (resolve != null) {
            cards.action(dispute -> dispute.status() != DisputeStatus.OPEN ? null : new HorizontalLayout(
                    button("card-accept", "accept", dispute, () -> resolve.accept(dispute, DisputeStatus.ACCEPTED)),
                    button("card-reject", "reject", dispute, () -> resolve.accept(dispute, DisputeStatus.REJECTED))));
        }
        empty = new EmptyState(getTranslation("scorecard.dispute.none"));
        getContent().add(empty, grid, cards);
    }

    void show(List<Dispute> disputes) {
        grid.setItems(disputes);
        grid.setVisible(!disputes.isEmpty());
        cards.show(disputes);
        empty.setVisible(disputes.isEmpty());
    }

    private Button button(String action, Dispute dispute, Runnable run) {
        return button(action, action, dispute, run);
    }

    private Button button(String idPart, String action, Dispute dispute, Runnable run) {
        Button button = new Button(getTranslation(String.join(".", "scorecard.dispute", action)), click -> run.run());
        button.setId("dispute-" + idPart + "-" + dispute.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
