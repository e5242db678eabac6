package org.ccbench.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ccbench.template.SectionCheck;

/**
 * The running total of the numbers a section check adds up (the channel shares), updated as the respondent types:
 * "Total so far: 85% of 100%". Marked complete once every number is given and the sum is right, and as an error
 * when the sum has gone over, with the template's own message once every number is given and the sum is wrong.
 */
final class SectionTotal extends Div {

    private final SectionCheck check;
    private final String unit;
    private final Locale locale;

    SectionTotal(SectionCheck check, String unit, Locale locale) {
        this.check = check;
        this.unit = unit;
        this.locale = locale;
        setId("survey-total-" + check.id());
        addClassName("survey-total");
        getElement().setAttribute("aria-live", "polite");
    }

    SectionCheck check() {
        return check;
    }

    /**
     * @param given the numbers given so far
     * @param asked how many numbers the check adds up (its visible questions)
     */
    void show(List<BigDecimal> given, int asked) {
        BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean right = sum.subtract(check.value()).abs().compareTo(check.tolerance()) <= 0;
        boolean over = sum.compareTo(check.value().add(check.tolerance())) > 0;
        boolean complete = given.size() == asked;
        String text = I18NProvider.translate(locale, "survey.total.soFar", amount(sum), amount(check.value()));
        if ((complete && !right) || over) {
            text += " " + check.message().in(locale);
        }
        setText(text);
        getElement().setAttribute("data-state", complete && right ? "complete" : over || complete ? "over" : "open");
    }

    private String amount(BigDecimal value) {
        return NumberInput.decimal(value, locale) + unit;
    }
}
