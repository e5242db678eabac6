package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.ccbench.base.format.Numbers;
import org.ccbench.base.ui.Labels;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.ResponseRate;

/** What the results are of: questionnaire, status, responses, the response rate and the anonymity rule. */
final class ResultsHeader extends Div {

    ResultsHeader(CampaignResults results, CampaignPhase phase, Numbers numbers, boolean admin) {
        setId("results-header");
        addClassName("results-header");
        add(line("results-questionnaire", getTranslation("results.header.questionnaire", results.templateTitle(),
                results.campaign().templateId() + " " + results.campaign().templateVersion())));
        add(line("results-phase", getTranslation("results.header.phase", Labels.of(phase))));
        add(line("results-responses", getTranslation("results.header.responses", results.responses())));
        ResponseRate campaign = results.rates().isEmpty() ? null : results.rates().getFirst();
        add(line("results-response-rate", campaign == null || campaign.percent() == null
                ? getTranslation("results.header.rate.none")
                : getTranslation("results.header.rate", numbers.percent(campaign.percent()),
                        numbers.integer(campaign.submitted()), numbers.integer(campaign.invited()))));
        if (admin && results.rates().size() > 1) {
            add(segments(results.rates().subList(1, results.rates().size()), numbers));
        }
        Paragraph anonymity = new Paragraph(VaadinIcon.LOCK.create(), new Span(
                getTranslation("results.anonymity", results.minRespondents(), results.minRatersPerVendor())));
        anonymity.setId("results-anonymity");
        anonymity.addClassName("results-anonymity");
        add(anonymity);
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        line.addClassName("results-header-line");
        return line;
    }

    private Div segments(List<ResponseRate> rates, Numbers numbers) {
        NativeTable table = new NativeTable();
        table.setId("results-segments");
        table.addClassName("result-table");
        table.setCaptionText(getTranslation("results.segments"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("results.segment"));
        head.addHeaderCell().setText(getTranslation("results.invited"));
        head.addHeaderCell().setText(getTranslation("results.submitted"));
        head.addHeaderCell().setText(getTranslation("results.responseRate"));
        for (ResponseRate rate : rates) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(rate.segment());
            row.addDataCell().setText(numbers.integer(rate.invited()));
            row.addDataCell().setText(numbers.integer(rate.submitted()));
            row.addDataCell().setText(rate.percent() == null ? "–" : numbers.percent(rate.percent()));
        }
        Div scroll = new Div(table);
        scroll.addClassName("result-table-scroll");
        return scroll;
    }
}
