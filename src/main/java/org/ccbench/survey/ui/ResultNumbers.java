package org.ccbench.survey.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the reader writes them: 3.83 or 3,83, with exactly the decimals the results were rounded to. */
final class ResultNumbers {

    private final Locale locale;

    ResultNumbers(Locale locale) {
        this.locale = locale;
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    String percent(BigDecimal value) {
        return value == null ? "–" : number(value) + "%";
    }

    /** An NPS keeps its sign: +15.0, −20.0. */
    String signed(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return value.signum() > 0 ? "+" + number(value) : value.signum() < 0 ? "−" + number(value.negate())
                : number(value);
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
