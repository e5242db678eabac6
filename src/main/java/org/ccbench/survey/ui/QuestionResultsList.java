package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccbench.base.format.Numbers;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.QuestionResult;

/** Every question's results under its section's heading; a search hides the questions that do not match. */
final class QuestionResultsList extends Div {

    private final Map<Div, List<QuestionResultPanel>> sections = new LinkedHashMap<>();
    private final Paragraph noMatch = new Paragraph();

    QuestionResultsList(CampaignResults results, Numbers numbers, boolean admin) {
        setId("question-results");
        addClassName("result-questions");
        Map<String, List<QuestionResult>> bySection = new LinkedHashMap<>();
        results.questions().forEach(question ->
                bySection.computeIfAbsent(question.section(), section -> new ArrayList<>()).add(question));
        int number = 0;
        for (Map.Entry<String, List<QuestionResult>> entry : bySection.entrySet()) {
            number++;
            Div section = new Div();
            section.setId("result-section-" + number);
            section.addClassName("result-section");
            section.add(new H3(entry.getKey()));
            List<QuestionResultPanel> panels = entry.getValue().stream()
                    .map(question -> new QuestionResultPanel(question, results, numbers, admin)).toList();
            panels.forEach(section::add);
            sections.put(section, panels);
            add(section);
        }
        noMatch.setText(getTranslation("results.filter.none"));
        noMatch.setId("question-filter-none");
        noMatch.addClassName("empty-state");
        noMatch.setVisible(false);
        add(noMatch);
    }

    /** Shows only the questions that match, and only the sections that still hold one. */
    void filter(String search) {
        boolean any = false;
        for (Map.Entry<Div, List<QuestionResultPanel>> entry : sections.entrySet()) {
            boolean sectionShown = false;
            for (QuestionResultPanel panel : entry.getValue()) {
                boolean match = panel.matches(search);
                panel.setVisible(match);
                sectionShown |= match;
            }
            entry.getKey().setVisible(sectionShown);
            any |= sectionShown;
        }
        noMatch.setVisible(!any && !sections.isEmpty());
    }
}
