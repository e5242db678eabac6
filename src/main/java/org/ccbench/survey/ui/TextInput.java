package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.ccbench.survey.Answer;
import org.ccbench.template.Question;

/** text: a text area limited to the template's max_length, with a character counter; saved as the respondent types. */
final class TextInput extends QuestionInput {

    private final TextArea text = new TextArea();
    private final Span counter = new Span();
    private final int maxLength;

    TextInput(Question question, Locale locale) {
        super(question, locale);
        maxLength = question.rules().maxLength() == null ? 1000 : question.rules().maxLength();
        labelled(text);
        text.addClassName("survey-text");
        text.setMaxLength(maxLength);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(800);
        counter.setId("q-" + question.id() + "-counter");
        counter.addClassName("survey-counter");
        Div helper = new Div();
        if (question.help() != null) {
            helper.add(new Span(question.help().in(locale)));
        }
        helper.add(counter);
        helper.addClassName("survey-text-helper");
        text.setHelperComponent(helper);
        text.addValueChangeListener(event -> {
            count();
            changed(false);
        });
        count();
        add(text);
    }

    private void count() {
        counter.setText(I18NProvider.translate("survey.text.counter", text.getValue().length(), maxLength));
    }

    @Override
    HasValidation field() {
        return text;
    }

    @Override
    Answer answer() {
        return Answer.of(text.getValue());
    }

    @Override
    protected void fill(Answer answer) {
        text.setValue(answer.value());
        count();
    }
}
