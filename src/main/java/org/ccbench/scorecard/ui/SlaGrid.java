package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.base.ui.Labels;

/**
 * The SLA items over the period: actual, floor, target, score with its RAG status, and the bonus/malus. A survey KPI on
 * fewer responses than its minimum sample is "not measurable", with the responses in the notes.
 */
class SlaGrid extends Grid<SlaRow> {

    /** @param kpiName a KPI label ({@code SL[phone]}) as people read it ("Service level · phone") */
    SlaGrid(Consumer<SlaRow> dispute, UnaryOperator<String> kpiName) {
        setId("scorecard-sla");
        addClassName("wide-only");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        addColumn(row -> kpiName.apply(row.kpiLabel())).setHeader(getTranslation("scorecard.sla.kpi")).setKey("kpi")
                .setAutoWidth(true);
        addColumn(row -> UiNumbers.current().number(row.actual()))
                .setHeader(getTranslation("scorecard.sla.actual")).setKey("actual");
        addColumn(row -> UiNumbers.current().number(row.floor())).setHeader(getTranslation("scorecard.sla.floor"));
        addColumn(row -> UiNumbers.current().number(row.target())).setHeader(getTranslation("scorecard.sla.target"));
        addColumn(row -> UiNumbers.current().number(row.bonusThreshold()))
                .setHeader(getTranslation("scorecard.sla.bonusThreshold"));
        addColumn(row -> UiNumbers.current().number(row.score()))
                .setHeader(getTranslation("scorecard.sla.score")).setKey("score");
        addComponentColumn(SlaGrid::rag).setHeader(getTranslation("scorecard.sla.rag")).setKey("rag")
                .setAutoWidth(true);
        addColumn(row -> UiNumbers.current().malusPercent(row.malusPercent()))
                .setHeader(getTranslation("scorecard.sla.malus"));
        addColumn(row -> UiNumbers.current().malusPercent(row.bonusPercent()))
                .setHeader(getTranslation("scorecard.sla.bonus"));
        addColumn(row -> UiNumbers.current().money(row.amount())).setHeader(getTranslation("scorecard.sla.amount"))
                .setKey("amount");
        addColumn(SlaGrid::notesOf).setHeader(getTranslation("scorecard.sla.notes")).setKey("notes").setAutoWidth(true);
        if (dispute != null) {
            addComponentColumn(row -> {
                Button button = new Button(getTranslation("scorecard.dispute.action"), click -> dispute.accept(row));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.setId("dispute-" + row.kpiLabel().replaceAll("[^A-Za-z]", "-"));
                return button;
            }).setKey("dispute").setAutoWidth(true);
        }
    }

    /** The same lines as cards for a phone: status, amount and the dispute button first, then the band. */
    static PhoneCards<SlaRow> cards(Consumer<SlaRow> dispute, UnaryOperator<String> kpiName) {
        PhoneCards<SlaRow> cards = new PhoneCards<SlaRow>("scorecard-sla-cards",
                row -> new Span(kpiName.apply(row.kpiLabel())))
                .component(I18NProvider.translate("scorecard.sla.rag"), SlaGrid::rag)
                .text(I18NProvider.translate("scorecard.sla.amount"), row -> UiNumbers.current().money(row.amount()))
                .text(I18NProvider.translate("scorecard.sla.actual"), row -> UiNumbers.current().number(row.actual()))
                .text(I18NProvider.translate("scorecard.sla.score"), row -> UiNumbers.current().number(row.score()))
                .text(I18NProvider.translate("scorecard.sla.floor"), row -> UiNumbers.current().number(row.floor()))
                .text(I18NProvider.translate("scorecard.sla.target"), row -> UiNumbers.current().number(row.target()))
                .text(I18NProvider.translate("scorecard.sla.bonusThreshold"),
                        row -> UiNumbers.current().number(row.bonusThreshold()))
                .text(I18NProvider.translate("scorecard.sla.malus"),
                        row -> UiNumbers.current().malusPercent(row.malusPercent()))
                .text(I18NProvider.translate("scorecard.sla.bonus"),
                        row -> UiNumbers.current().malusPercent(row.bonusPercent()))
                .wideText(I18NProvider.translate("scorecard.sla.notes"), SlaGrid::notesOf);
        if (dispute != null) {
            cards.action(row -> {
                Button button = new Button(I18NProvider.translate("scorecard.dispute.action"),
                        click -> dispute.accept(row));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.setId("dispute-card-" + row.kpiLabel().replaceAll("[^A-Za-z]", "-"));
                return button;
            });
        }
        return cards;
    }

    void show(List<SlaRow> rows) {
        setItems(rows);
    }

    /** The waived months and a small sample, each said in words. */
    private static String notesOf(SlaRow row) {
        List<String> notes = new ArrayList<>();
        if (row.smallSample()) {
            notes.add(I18NProvider.translate("scorecard.sla.smallSample", UiNumbers.current().exact(row.sample()),
                    row.minSample()));
        }
        if (row.waivedMonths() > 0) {
            notes.add(I18NProvider.translate("scorecard.sla.waived", row.waivedMonths()));
        }
        return String.join(" ", notes);
    }

    /** The RAG status as a coloured badge; a small sample is "not measurable" instead. */
    static Span rag(SlaRow row) {
        if (row.smallSample()) {
            Span badge = new Span(I18NProvider.translate("scorecard.sla.notMeasurable"));
            badge.getElement().getThemeList().add("badge contrast");
            badge.getElement().setAttribute("title", I18NProvider.translate("scorecard.sla.notMeasurable.title"));
            return badge;
        }
        Span badge = new Span(row.rag() == null ? "–" : Labels.of(row.rag()));
        if (row.rag() != null) {
            badge.getElement().getThemeList().add(switch (row.rag()) {
                case GREEN -> "badge success";
                case AMBER -> "badge warning";
                case RED -> "badge error";
            });
            badge.getElement().setAttribute("title", I18NProvider.translate(
                    String.join(".", "scorecard.rag", row.rag().name().toLowerCase(Locale.ROOT))));
        }
        return badge;
    }
}
