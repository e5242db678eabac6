package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.ccbench.base.ui.UiNumbers;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.base.format.Numbers;

/** What the scorecard rests on, then the settlement, the indices and the cost of the period as cards. */
class SummaryCards extends Composite<Div> {

    private final Paragraph provenance = new Paragraph();
    private final Div cards = new Div();

    SummaryCards() {
        provenance.setId("scorecard-provenance");
        cards.addClassName("scorecard-cards");
        getContent().add(provenance, cards);
    }

    void show(Scorecard card) {
        ScorecardHeader header = card.header();
        provenance.removeAll();
        Span status = new Span(getTranslation(header.complete() ? "scorecard.final" : "scorecard.draft"));
        status.setId("scorecard-status");
        status.getElement().getThemeList().add(header.complete() ? "badge success" : "badge contrast");
        provenance.add(status, new Span(" " + getTranslation("scorecard.provenance", header.periodLabel(),
                header.termsVersion(), header.termsEffectiveFrom() == null ? "–" : header.termsEffectiveFrom(),
                header.profileName(), header.profileVersion(),
                header.revisionIds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                header.revisionIds().size())));
        if (!header.missingMonths().isEmpty()) {
            provenance.add(new Span(" " + getTranslation("scorecard.missing", header.missingMonths().stream()
                    .map(Object::toString).collect(Collectors.joining(", ")))));
        }
        cards.removeAll();
        cards.add(
                card("scorecard-total", "scorecard.card.settlement", euros(card.totals().amount()),
                        getTranslation("scorecard.card.settlementDetail", euros(card.totals().totalMalusAmount()),
                                euros(card.totals().totalBonusAmount()),
                                UiNumbers.current().malusPercent(card.totals().netPercent()))),
                card("scorecard-quality", "scorecard.card.quality", text(card.indices().quality()),
                        getTranslation("scorecard.card.coverage", percent(card.indices().qualityCoveragePercent()))),
                card("scorecard-cost", "scorecard.card.cost", text(card.indices().cost()),
                        getTranslation("scorecard.card.costDetail", euros(card.cost().costPerContact()),
                                euros(card.cost().costPerHandledMinute())) + missingCostSetting(card)),
                card("scorecard-vfm", "scorecard.card.vfm", text(card.indices().valueForMoney()),
                        getTranslation("scorecard.card.vfmDetail", text(card.indices().qualityPerEuro()))),
                card("scorecard-failure", "scorecard.card.failure", euros(card.cost().failureDemandCost()),
                        getTranslation("scorecard.card.failureDetail", text(card.cost().repeatContacts()),
                                text(card.cost().avoidableContacts()))));
    }

    /**
     * Why the cost index shows "–": the period has no cost per contact, or the scoring profile has no price budget and
     * ceiling for it (SCORING.md §1.4: the index is scored between them). Empty when there is an index.
     */
    private String missingCostSetting(Scorecard card) {
        if (card.indices().cost() != null) {
            return "";
        }
        return " · " + (card.cost().costPerContact() == null ? getTranslation("scorecard.cost.noCostPerContact")
                : getTranslation("scorecard.cost.noBudget", card.header().profileName()));
    }

    private Div card(String id, String titleKey, String value, String detail) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("scorecard-card");
        Span figure = new Span(value);
        figure.addClassName("scorecard-card-value");
        card.add(new H4(getTranslation(titleKey)), figure, new Paragraph(detail));
        return card;
    }

    private String euros(BigDecimal value) {
        return UiNumbers.current().money(value);
    }

    private String percent(BigDecimal percentage) {
        return percentage == null ? Numbers.NONE : UiNumbers.current().exact(percentage) + "%";
    }

    private String text(BigDecimal value) {
        return UiNumbers.current().number(value);
    }
}
