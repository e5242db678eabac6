package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ccbench.survey.Answer;
import org.ccbench.template.LikertScale;
import org.ccbench.template.Question;

/** likert5 (the scale's five labels) and nps0_10 (0…10 with its two anchors), each with "n.a." when allowed. */
final class ScaleInput extends QuestionInput {

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

    private ScaleInput(Question question, Locale locale, Map<String, String> labels, String styleName) {
        super(question, locale);
        labelled(group);
        group.addThemeVariants(RadioGroupVariant.HELPER_ABOVE);
        group.addClassNames("survey-scale", styleName);
        group.setItems(labels.keySet());
        group.setItemLabelGenerator(labels::get);
        group.addValueChangeListener(event -> changed(true));
        add(group);
    }

    static ScaleInput likert(Question question, LikertScale scale, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int point = 1; point <= 5; point++) {
            labels.put(String.valueOf(point), scale.labels().get(point).in(locale));
        }
        if (question.allowNa()) {
            labels.put(Answer.NOT_APPLICABLE, scale.naLabel() != null ? scale.naLabel().in(locale)
                    : I18NProvider.translate("survey.notApplicable"));
        }
        ScaleInput input = new ScaleInput(question, locale, labels, "survey-likert");
        if (question.allowNa()) {
            input.group.addClassName("survey-with-na");
        }
        return input;
    }

    static ScaleInput nps(Question question, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int point = 0; point <= 10; point++) {
            labels.put(String.valueOf(point), String.valueOf(point));
        }
        if (question.allowNa()) {
            labels.put(Answer.NOT_APPLICABLE, I18NProvider.translate("survey.notApplicable"));
        }
        ScaleInput input = new ScaleInput(question, locale, labels, "survey-nps");
        Span low = new Span(I18NProvider.translate("survey.nps.low"));
        Span high = new Span(I18NProvider.translate("survey.nps.high"));
        Div anchors = new Div(low, high);
        anchors.addClassName("survey-nps-anchors");
        input.add(anchors);
        return input;
    }

    @Override
    HasValidation field() {
        return group;
    }

    @Override
    Answer answer() {
        return Answer.of(group.getValue());
    }

    @Override
    protected void fill(Answer answer) {
        group.setValue(answer.isEmpty() || !group.getListDataView().contains(answer.value()) ? null : answer.value());
    }
}
