package org.ccbench.scorecard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.kpi.ui.DefinitionTexts;
import org.ccbench.scorecard.ScorecardPeriod;

/**
 * The KPI definitions the contract's figures in the period are measured with (SL threshold, short abandons …), each
 * version that governs a month of it, with the way to the contract's definitions page.
 */
class ScorecardDefinitions extends Composite<Div> {

    private final KpiDefinitionService definitions;
    private final Div lines = new Div();

    ScorecardDefinitions(KpiDefinitionService definitions) {
        this.definitions = definitions;
        getContent().setId("scorecard-definitions");
        getContent().addClassName("month-definitions");
        lines.setId("scorecard-definitions-lines");
        getContent().add(lines);
    }

    void show(long contractId, ScorecardPeriod period) {
        SubmissionUnit unit = definitions.unit(contractId);
        List<KpiDefinitionInForce> changes = definitions.changesDuring(contractId, period.first(), period.last());
        lines.removeAll();
        if (changes.size() == 1) {
            KpiDefinitionInForce only = changes.getFirst();
            lines.add(new Paragraph(getTranslation("scorecard.definitions", DefinitionTexts.source(only, getLocale()),
                    DefinitionTexts.summary(only.parameters(), unit.channels(), getLocale()))));
        } else {
            lines.add(new Paragraph(getTranslation("scorecard.definitions.changed")));
            for (KpiDefinitionInForce change : changes) {
                lines.add(new Paragraph(getTranslation("scorecard.definitions.from", change.month().toString(),
                        DefinitionTexts.summary(change.parameters(), unit.channels(), getLocale()))));
            }
        }
        Anchor link = new Anchor("units/" + contractId + "/definitions", getTranslation("definitions.open"));
        link.setId("scorecard-definitions-link");
        lines.add(link);
    }
}
