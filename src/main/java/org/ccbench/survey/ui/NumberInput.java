package org.ccbench.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.ccbench.survey.Answer;
import org.ccbench.template.AnswerRules;
import org.ccbench.template.Question;

/** number: the unit beside the field, and the allowed range and decimals as a hint below it. */
final class NumberInput extends QuestionInput {

    private final BigDecimalField number = new BigDecimalField();

    NumberInput(Question question, Locale locale) {
        super(question, locale);
        labelled(number);
        number.addClassName("survey-number");
        number.setLocale(locale);
        AnswerRules rules = question.rules();
        String unit = unit(rules.unit());
        if ("eur".equals(rules.unit())) {
            number.setPrefixComponent(new Span(unit));
        } else if (!unit.isEmpty()) {
            number.setSuffixComponent(new Span(unit));
        }
        String hint = hint(rules);
        number.setHelperText(question.help() == null ? hint : question.help().in(locale) + " " + hint);
        number.addValueChangeListener(event -> changed(false));
        add(number);
    }

    /** Saves as the respondent types (after a short pause), for numbers whose running total is shown. */
    void saveWhileTyping() {
        number.setValueChangeMode(ValueChangeMode.LAZY);
        number.setValueChangeTimeout(300);
    }

    /** A saved answer as a number; null when it is not one. */
    static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String hint(AnswerRules rules) {
        String range = I18NProvider.translate("survey.number.range", decimal(rules.min(), locale),
                decimal(rules.max(), locale));
        String decimals = rules.decimals() == null || rules.decimals() == 0
                ? I18NProvider.translate("survey.number.whole")
                : I18NProvider.translate("survey.number.decimals", rules.decimals());
        return range + ", " + decimals + ".";
    }

    /** A number as the respondent writes it: 0,5 and 10.000 in Dutch, 0.5 and 10,000 in English. */
    static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** The unit as a respondent reads it; an unknown code is shown as it is. */
    static String unit(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "percent" -> I18NProvider.translate("survey.unit.percent");
            case "seconds" -> I18NProvider.translate("survey.unit.seconds");
            case "hours" -> I18NProvider.translate("survey.unit.hours");
            case "count" -> "";
            case "eur" -> I18NProvider.translate("survey.unit.eur");
            case "points" -> I18NProvider.translate("survey.unit.points");
            case "per_1000" -> I18NProvider.translate("survey.unit.per1000");
            case "fte" -> I18NProvider.translate("survey.unit.fte");
            default -> code;
        };
    }

    @Override
    HasValidation field() {
        return number;
    }

    @Override
    Answer answer() {
        return Answer.of(number.getValue() == null ? "" : number.getValue().toPlainString());
    }

    @Override
    protected void fill(Answer answer) {
        number.setValue(answer.isEmpty() ? null : parse(answer.value()));
    }
}
