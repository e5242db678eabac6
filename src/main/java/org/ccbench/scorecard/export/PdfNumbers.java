package org.ccbench.scorecard.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the PDF prints them, in the reader's notation (1,800.00 or 1.800,00), rounded half away from zero as
 * SCORING.md §0 asks: euros to cents, scores and indices to one decimal, other figures as exact as the record holds.
 */
final class PdfNumbers {

    private final DecimalFormatSymbols symbols;

    PdfNumbers(Locale locale) {
        symbols = DecimalFormatSymbols.getInstance("nl".equals(locale.getLanguage()) ? locale : Locale.ENGLISH);
        symbols.setMinusSign('-');
    }

    String money(BigDecimal value) {
        return format(value, 2);
    }

    String oneDecimal(BigDecimal value) {
        return format(value, 1);
    }

    /**
     * A KPI's figure with the KPI's own decimals ({@code 78.0} beside {@code 78.2}, never {@code 78}); all its
     * decimals for a code the catalogue lacks.
     */
    String kpi(String kpiLabel, BigDecimal value) {
        return KpiDefinitions.find(KpiDefinitions.code(kpiLabel)).map(kpi -> format(value, kpi.displayDecimals()))
                .orElseGet(() -> exact(value));
    }

    /** All the decimals the value has (trailing zeros dropped, at most 6). */
    String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return format(value, Math.clamp(stripped.scale(), 0, 6));
    }

    String integer(Number value) {
        return value == null ? "" : format(new BigDecimal(value.toString()), 0);
    }

    private String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
