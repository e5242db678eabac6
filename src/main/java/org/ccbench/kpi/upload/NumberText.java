package org.ccbench.kpi.upload;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a number that a person typed, or that Excel or a CSV file holds as text, into an exact {@link BigDecimal}.
 * It follows the uploader's language but tolerates the other one:
 * <ul>
 * <li>"1.234,5" and "1,234.5" are both 1234.5 in any language: when both separators occur, the last one is the
 * decimal separator and the other one must group the digits in threes;</li>
 * <li>one separator followed by exactly three digits ("1.234", "1,234") is ambiguous and follows the {@link Locale}:
 * Dutch reads "1.234" as 1234 and "1,234" as 1.234, English the other way round; "0,234" and "1234,567" are never
 * ambiguous;</li>
 * <li>any other single separator is the decimal separator ("1234,5", "1234.5", ",5"); a separator repeated without
 * groups of three ("1,2,3", "1.234.5") is an error;</li>
 * <li>spaces (also non-breaking and narrow no-break spaces) may group thousands ("1 234 567,5"), surrounding spaces
 * are ignored, and so are one leading apostrophe (Excel's "stored as text" prefix), a euro sign or "EUR" before or
 * after the number, a leading plus or minus sign, and the ",-" of a whole amount ("€ 1.000,-").</li>
 * </ul>
 * <p><b>Percentages stay on the 0–100 scale:</b> "85%" and "85,3 %" give 85 and 85.3, with
 * {@link Result#percent()} set; nothing is divided by 100. (A cell that Excel <em>formats</em> as a percentage
 * stores 0.85 instead; {@link CellValue#toNumber(Locale)} brings that onto the same 0–100 scale.)
 * <p>Empty or blank text is {@linkplain Result#isMissing() missing}, not an error. Anything else that is not a number
 * gives an {@linkplain Result#isInvalid() invalid} result with a {@link Problem} and its translation key. Scientific
 * notation, thousands separators after the decimal separator and parentheses for negative numbers are not accepted.
 * The value keeps the decimals as written: "12,50" is 12.50.
 */
public final class NumberText {

    /** Longer text than this is not a number anyone typed. */
    static final int MAX_LENGTH = 60;

    private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d*)?");
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");

    private NumberText() {
    }

    /** Why a text is not a number; {@link #key()} is the translation key of the message for the uploader. */
    public enum Problem {
        /** Letters, a minus sign inside the number ("12-3"), two percent signs, and the like. */
        NOT_A_NUMBER("kpi.upload.number.notANumber"),
        /** Only digits and separators, but the separators cannot be read: "1,2,3", "1.234.5", "1,234.567,8", "12,". */
        MISPLACED_SEPARATOR("kpi.upload.number.misplacedSeparator"),
        /**
         * "1.234" or "1,234" for a value that may have decimals, in a file whose convention cannot be told: 1234 or
         * 1.234?
         */
        AMBIGUOUS("kpi.upload.number.ambiguous"),
        /** A dot that cannot group thousands in a file where the comma marks decimals: "1.5", "1234.5". */
        NOT_DECIMAL_COMMA("kpi.upload.number.decimalCommaFile"),
        /** A comma that cannot group thousands in a file where the dot marks decimals: "1,5", "1234,5". */
        NOT_DECIMAL_POINT("kpi.upload.number.decimalPointFile");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * How a whole file writes its numbers, decided once per file: a semicolon-separated CSV is written by a
     * decimal-comma Excel (Dutch, German …), so a comma marks decimals and a dot groups thousands; a comma-separated
     * CSV cannot have the comma as its decimal mark, so a dot marks decimals and a comma groups thousands; a
     * tab-separated CSV or text in a workbook does not show its convention ({@link #UNKNOWN}).
     */
    public enum Convention { DECIMAL_COMMA, DECIMAL_POINT, UNKNOWN }

    /** What a text turned out to be. */
    public enum Outcome { NUMBER, MISSING, INVALID }

    /**
     * The result of reading one text: a number (with {@code percent} when it ended in "%"), missing, or invalid with
     * a problem.
     */
    public record Result(Outcome outcome, BigDecimal value, boolean percent, Problem problem) {

        public Result {
            Objects.requireNonNull(outcome, "outcome");
            if ((outcome == Outcome.NUMBER) != (value != null)) {
                throw new IllegalArgumentException("a number, and only a number, has a value");
            }
            if ((outcome == Outcome.INVALID) != (problem != null)) {
                throw new IllegalArgumentException("an invalid result, and only that, has a problem");
            }
        }

        public static Result number(BigDecimal value, boolean percent) {
            return new Result(Outcome.NUMBER, value, percent, null);
        }

        public static Result missing() {
            return new Result(Outcome.MISSING, null, false, null);
        }

        public static Result invalid(Problem problem) {
            return new Result(Outcome.INVALID, null, false, problem);
        }

        public boolean isNumber() {
            return outcome == Outcome.NUMBER;
        }

        public boolean isMissing() {
            return outcome == Outcome.MISSING;
        }

        public boolean isInvalid() {
            return outcome == Outcome.INVALID;
        }

        /** The translation key of the problem, or {@code null} for a number or a missing value. */
        public String errorKey() {
            return problem == null ? null : problem.key();
        }
    }

    /**
     * Reads {@code text} as a number in the uploader's {@code locale}, which only decides the ambiguous "1.234" and
     * "1,234" (see the class comment).
     */
    public static Result parse(String text, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        char localeDecimal = decimalSeparator(locale);
        return parse(text, digits -> {
            String plain = plainDecimal(digits, localeDecimal);
            return plain == null ? Problem.MISPLACED_SEPARATOR : plain;
        });
    }

    /**
     * Reads {@code text} as a number of a file written in {@code convention}, for a field that holds whole numbers
     * ({@code wholeNumber}) or may have decimals:
     * <ul>
     * <li>{@link Convention#DECIMAL_COMMA}: a comma marks decimals, dots group thousands ("14.611" is 14611,
     * "186.228,5" is 186228.5); a dot that cannot group ("1.5") is {@link Problem#NOT_DECIMAL_COMMA};</li>
     * <li>{@link Convention#DECIMAL_POINT}: the other way round ("14,611" is 14611, "1,5" is
     * {@link Problem#NOT_DECIMAL_POINT});</li>
     * <li>{@link Convention#UNKNOWN}: both separators in one number read as in the class comment; one separator
     * followed by exactly three digits ("1.234", "1,234") groups thousands in a whole-number field, and is
     * {@link Problem#AMBIGUOUS} in a field that may have decimals; any other single separator marks decimals.</li>
     * </ul>
     * Everything else (signs, spaces, euro, percent, apostrophe) is read as by {@link #parse(String, Locale)}.
     */
    public static Result parse(String text, Convention convention, boolean wholeNumber) {
        Objects.requireNonNull(convention, "convention");
        return parse(text, digits -> switch (convention) {
            case DECIMAL_COMMA -> fixedConvention(digits, ',', '.', Problem.NOT_DECIMAL_COMMA);
            case DECIMAL_POINT -> fixedConvention(digits, '.', ',', Problem.NOT_DECIMAL_POINT);
            case UNKNOWN -> unknownConvention(digits, wholeNumber);
        });
    }

    /** Turns digits with '.' and ',' into "1234.5", or says why it cannot. */
    @FunctionalInterface
    private interface Separators {
        /** A plain decimal ({@link String}) or the {@link Problem}. */
        Object read(String digits);
    }

    private static Result parse(String text, Separators separators) {
        if (text == null) {
            return Result.missing();
        }
        String rest = normaliseSpaces(text).strip();
        if (!rest.isEmpty() && (rest.charAt(0) == '\'' || rest.charAt(0) == '\u2019')) {
            rest = rest.substring(1).strip();
        }
        if (rest.isEmpty()) {
            return Result.missing();
        }
        if (rest.length() > MAX_LENGTH) {
            return Result.invalid(Problem.NOT_A_NUMBER);
        }
        boolean percent = rest.endsWith("%");
        if (percent) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        boolean signed = startsWithSign(rest);
        boolean negative = signed && isMinus(rest.charAt(0));
        if (signed) {
            rest = rest.substring(1);
        }
        String withoutCurrency = withoutEuro(rest);
        if (!withoutCurrency.equals(rest)) {
            if (percent) {
                return Result.invalid(Problem.NOT_A_NUMBER);
            }
            rest = withoutCurrency;
            if (!signed && startsWithSign(rest)) {
                negative = isMinus(rest.charAt(0));
                rest = rest.substring(1);
            }
        }
        if (rest.endsWith(",-") || rest.endsWith(".-")) {
            rest = rest.substring(0, rest.length() - 2);
        }
        if (rest.indexOf(' ') >= 0) {
            if (!SPACE_GROUPS.matcher(rest).matches()) {
                return Result.invalid(Problem.NOT_A_NUMBER);
            }
            rest = rest.replace(" ", "");
        }
        if (!DIGITS_AND_SEPARATORS.matcher(rest).matches()) {
            return Result.invalid(Problem.NOT_A_NUMBER);
        }
        Object plain = separators.read(rest);
        if (plain instanceof Problem problem) {
            return Result.invalid(problem);
        }
        BigDecimal value = new BigDecimal((String) plain);
        return Result.number(negative ? value.negate() : value, percent);
    }

    /**
     * Turns digits with '.' and ',' into the form {@link BigDecimal} reads ("1234.5"), or {@code null} when the
     * separators cannot be read.
     */
    private static String plainDecimal(String digits, char localeDecimal) {
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        if (dot < 0 && comma < 0) {
            return digits;
        }
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return withDecimal(digits, decimal, group);
        }
        char separator = dot >= 0 ? '.' : ',';
        int first = digits.indexOf(separator);
        int last = digits.lastIndexOf(separator);
        if (first != last) {
            return groupedInteger(digits, separator);
        }
        String before = digits.substring(0, first);
        String after = digits.substring(first + 1);
        boolean couldBeGrouping = after.length() == 3 && !before.isEmpty() && before.length() <= 3
                && before.charAt(0) != '0';
        if (couldBeGrouping && separator != localeDecimal) {
            return before + after;
        }
        return after.isEmpty() ? null : before + "." + after;
    }

    /** A file's fixed convention: {@code decimal} marks decimals, {@code group} only groups thousands. */
    private static Object fixedConvention(String digits, char decimal, char group, Problem wrongGroup) {
        int decimals = digits.indexOf(decimal);
        if (decimals >= 0 && decimals != digits.lastIndexOf(decimal)) {
            return Problem.MISPLACED_SEPARATOR;
        }
        String integer = decimals < 0 ? digits : digits.substring(0, decimals);
        String fraction = decimals < 0 ? null : digits.substring(decimals + 1);
        if (fraction != null && (fraction.isEmpty() || fraction.indexOf(group) >= 0)) {
            return fraction.isEmpty() ? Problem.MISPLACED_SEPARATOR : wrongGroup;
        }
        if (integer.indexOf(group) >= 0) {
            integer = groupedInteger(integer, group);
            if (integer == null) {
                return wrongGroup;
            }
        }
        return fraction == null ? integer : integer + "." + fraction;
    }

    /** A file whose convention cannot be told: only an unambiguous number, or a grouped whole number, is read. */
    private static Object unknownConvention(String digits, boolean wholeNumber) {
        int dot = digits.indexOf('.');
        int comma = digits.indexOf(',');
        char separator = dot >= 0 ? '.' : ',';
        int at = digits.indexOf(separator);
        boolean single = (dot < 0 || comma < 0) && at >= 0 && at == digits.lastIndexOf(separator);
        if (single) {
            String before = digits.substring(0, at);
            String after = digits.substring(at + 1);
            if (after.length() == 3 && !before.isEmpty() && before.length() <= 3 && before.charAt(0) != '0') {
                return wholeNumber ? before + after : Problem.AMBIGUOUS;
            }
        }
        // any other form reads the same in both conventions; the locale no longer matters
        String plain = plainDecimal(digits, '.');
        return plain == null ? Problem.MISPLACED_SEPARATOR : plain;
    }

    private static String withDecimal(String digits, char decimal, char group) {
        int at = digits.lastIndexOf(decimal);
        if (digits.indexOf(decimal) != at) {
            return null;
        }
        String fraction = digits.substring(at + 1);
        if (fraction.isEmpty() || fraction.indexOf(group) >= 0) {
            return null;
        }
        String integer = groupedInteger(digits.substring(0, at), group);
        return integer == null ? null : integer + "." + fraction;
    }

    /** "1.234.567" with '.' as the group separator is "1234567"; the groups after the first have three digits. */
    private static String groupedInteger(String digits, char group) {
        String[] groups = digits.split(Pattern.quote(String.valueOf(group)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static char decimalSeparator(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    private static String normaliseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\t' ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean startsWithSign(String text) {
        return !text.isEmpty() && (text.charAt(0) == '+' || isMinus(text.charAt(0)));
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    private static String withoutEuro(String text) {
        for (String euro : new String[] {"€", "EUR"}) {
            if (text.regionMatches(true, 0, euro, 0, euro.length())) {
                return text.substring(euro.length()).strip();
            }
            if (text.regionMatches(true, text.length() - euro.length(), euro, 0, euro.length())) {
                return text.substring(0, text.length() - euro.length()).strip();
            }
        }
        return text;
    }
}
