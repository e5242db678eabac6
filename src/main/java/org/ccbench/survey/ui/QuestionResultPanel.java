package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.ccbench.base.format.Numbers;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.QuestionResult;
import org.ccbench.template.QuestionType;

/** One question: its text, the table of figures per column and the chart of its distribution. */
final class QuestionResultPanel extends Div {

    private final String searchable;

    QuestionResultPanel(QuestionResult question, CampaignResults results, Numbers numbers, boolean admin) {
        setId("question-" + question.questionId());
        addClassName("result-question");
        this.searchable = (question.questionId() + " " + question.text()).toLowerCase(Locale.ROOT);
        Span code = new Span(question.questionId());
        code.addClassName("result-question-code");
        H4 heading = new H4(question.text());
        add(heading, code);
        if (question.type() == QuestionType.TEXT) {
            texts(question, admin);
            return;
        }
        add(ResultTable.of(question, results, numbers));
        ResultCharts.distribution(question, results).ifPresent(this::add);
    }

    /** Whether every word of the search occurs in the question's code or text. */
    boolean matches(String search) {
        String words = search == null ? "" : search.toLowerCase(Locale.ROOT).strip();
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words.split("\\s+")) {
            if (!searchable.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Free-text answers: listed for the administrator, a note for everyone else (SCORING.md §5.6). */
    private void texts(QuestionResult question, boolean admin) {
        Paragraph note = new Paragraph(admin ? getTranslation("results.text.admin", question.texts().size())
                : getTranslation("results.text.others"));
        note.addClassName("result-note");
        add(note);
        if (admin && !question.texts().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("texts-" + question.questionId());
            list.addClassName("result-texts");
            list.getElement().setAttribute("tabindex", "0");
            question.texts().forEach(text -> list.add(new ListItem(text)));
            add(list);
        }
    }
}
