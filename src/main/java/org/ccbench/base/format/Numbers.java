package org.ccbench.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.ccbench.base.Translations;

/**
 * Numbers, percentages and amounts as a reader of the portal's language writes them (CLDR's conventions for
 * {@code nl-NL} and English), for views and exports alike. Plain Java: no Vaadin, so exports and tests use it too.
 * <table>
 * <caption>What each method writes</caption>
 * <tr><th>method</th><th>English</th><th>Dutch</th></tr>
 * <tr><td>{@link #number(BigDecimal)} 74.5</td><td>74.5</td><td>74,5</td></tr>
 * <tr><td>{@link #number(BigDecimal)} −12345.60</td><td>-12,345.60</td><td>-12.345,60</td></tr>
 * <tr><td>{@link #percent(BigDecimal)} 75.0</td><td>75.0%</td><td>75,0%</td></tr>
 * <tr><td>{@link #money(BigDecimal)} −3435.21</td><td>-€3,435.21</td><td>€&nbsp;-3.435,21</td></tr>
 * <tr><td>{@link #malusPercent(BigDecimal)} 0.2037</td><td>0.2%</td><td>0,2%</td></tr>
 * </table>
 * Dutch money follows CLDR and the Dutch banks: the euro sign first, a (non-breaking) space, then the signed amount
 * ({@code € -3.435,21}); English puts the minus before the euro sign ({@code -€22,734.10}). The minus is always the
 * ASCII hyphen-minus, so copied figures paste into a spreadsheet as numbers.
 * <p>Rounding is half away from zero on the exact decimal (SCORING.md §0), never via a binary float. Values that come
 * already rounded for display (a KPI with its {@code displayDecimals}) keep exactly their decimals: 74.50 stays
 * 74,50. {@code null} (nothing to show) is written as an en dash, {@value #NONE}.
 */
public final class Numbers {

    /** What is written for a figure that does not exist (no data, not measurable, suppressed). */
    public static final String NONE = "–";

    /** Malus and bonus percentages of a fee: rates such as 0.2037% would read as noise with all their decimals. */
    static final int MALUS_MAX_DECIMALS = 2;

    private static final int EXACT_MAX_DECIMALS = 6;
    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final Locale DUTCH_NUMBERS = Locale.of("nl", "NL");

    private final DecimalFormatSymbols symbols;
    private final boolean dutch;

    private Numbers(Locale locale) {
        dutch = Translations.DUTCH.equals(Translations.supported(locale));
        symbols = DecimalFormatSymbols.getInstance(dutch ? DUTCH_NUMBERS : Locale.ENGLISH);
        symbols.setMinusSign('-');
    }

    /** The notation of the portal language closest to {@code locale}: Dutch, or English for every other language. */
    public static Numbers of(Locale locale) {
        return new Numbers(locale);
    }

    /** The decimal separator of this notation: {@code ','} in Dutch, {@code '.'} in English. */
    public char decimalSeparator() {
        return symbols.getDecimalSeparator();
    }

    /** With exactly the decimals the value carries (it was rounded for display already): 1234.50 → 1,234.50. */
    public String number(BigDecimal value) {
        return value == null ? NONE : format(value, Math.max(0, value.scale()), Math.max(0, value.scale()));
    }

    /** Rounded half away from zero to {@code decimals}, zeros kept: (74.55, 1) → 74.6; (3, 1) → 3.0. */
    public String number(BigDecimal value, int decimals) {
        return value == null ? NONE : format(value, decimals, decimals);
    }

    /** A whole number with grouping: 12345 → 12,345 or 12.345. */
    public String integer(long value) {
        return format(BigDecimal.valueOf(value), 0, 0);
    }

    /** A whole number with grouping; {@code null} is {@value #NONE}. */
    public String integer(Number value) {
        return value == null ? NONE : format(new BigDecimal(value.toString()), 0, 0);
    }

    /** Only the decimals that are not trailing zeros, at most 6: 1.2500 → 1.25; 30 → 30. For rates and inputs. */
    public String exact(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        int decimals = Math.clamp(value.stripTrailingZeros().scale(), 0, EXACT_MAX_DECIMALS);
        return format(value, decimals, decimals);
    }

    /** A percentage on the 0–100 scale with the decimals it carries: 75.0 → 75.0% or 75,0%. */
    public String percent(BigDecimal percentage) {
        return percentage == null ? NONE : number(percentage) + "%";
    }

    /** A percentage on the 0–100 scale rounded to {@code decimals}: (12.345, 1) → 12.3%. */
    public String percent(BigDecimal percentage, int decimals) {
        return percentage == null ? NONE : number(percentage, decimals) + "%";
    }

    /**
     * A malus or bonus percentage of the fee: at least 1 and at most 2 decimals, so 2.1 → 2.1%, 0.2037 → 0.2%,
     * 0.125 → 0.13%, 0 → 0.0%. The amount in euros beside it stays exact to the cent.
     */
    public String malusPercent(BigDecimal percentage) {
        return percentage == null ? NONE : format(percentage, 1, MALUS_MAX_DECIMALS) + "%";
    }

    /** Euros to the cent with grouping: −3435.21 → {@code € -3.435,21} (Dutch) or {@code -€3,435.21} (English). */
    public String money(BigDecimal euros) {
        if (euros == null) {
            return NONE;
        }
        if (dutch) {
            return "€" + NO_BREAK_SPACE + format(euros, 2, 2);
        }
        String amount = format(euros.abs(), 2, 2);
        return (euros.setScale(2, RoundingMode.HALF_UP).signum() < 0 ? "-€" : "€") + amount;
    }

    /** A change or NPS with its sign always written: +15.0, -20.0, 0.0. */
    public String signed(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        String number = number(value);
        return value.signum() > 0 ? "+" + number : number;
    }

    private String format(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat(maxDecimals == 0 ? "#,##0" : "#,##0." + "0".repeat(minDecimals)
                + "#".repeat(maxDecimals - minDecimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        String text = format.format(rounded);
        return rounded.signum() == 0 && text.startsWith("-") ? text.substring(1) : text;
    }
}
