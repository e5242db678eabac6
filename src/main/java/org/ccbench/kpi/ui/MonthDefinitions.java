package org.ccbench.kpi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import org.ccbench.kpi.KpiDefinitionInForce;
import org.ccbench.kpi.SubmissionUnit;

/**
 * The month form's line on the KPI definitions the month is measured with, and the way to the unit's definitions
 * page: "KPI definitions this month (version 2, in force from March 2026): Service level and abandonment: answered
 * within 30 s, short abandons counted · …".
 */
class MonthDefinitions extends Composite<Div> {

    MonthDefinitions(SubmissionUnit unit, YearMonth month, KpiDefinitionInForce definitions) {
        getContent().setId("month-definitions");
        getContent().addClassName("month-definitions");
        Paragraph text = new Paragraph(getTranslation("definitions.month", DefinitionTexts.source(definitions,
                getLocale()), DefinitionTexts.summary(definitions.parameters(), unit.channels(), getLocale())));
        text.setId("month-definitions-text");
        Anchor link = new Anchor("units/" + unit.id() + "/definitions?month=" + month,
                getTranslation("definitions.open"));
        link.setId("month-definitions-link");
        getContent().add(text, link);
    }
}
