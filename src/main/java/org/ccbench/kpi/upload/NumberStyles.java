package org.ccbench.kpi.upload;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** What the number format of a cell style says about its numbers: a plain number, a percentage, a date, a duration. */
final class NumberStyles {

    enum Style { PLAIN, PERCENT, DATE, ELAPSED_TIME }

    private static final Pattern ELAPSED = Pattern.compile("\\[(h+|m+|s+)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_OR_ESCAPED = Pattern.compile("\"[^\"]*\"|\\\\.");

    private final StylesTable styles;
    private final Style[] byIndex;

    NumberStyles(StylesTable styles) {
        this.styles = styles;
        this.byIndex = new Style[styles == null ? 0 : styles.getNumCellStyles()];
    }

    /** The style of a cell's {@code s} attribute ({@code null}: the workbook's default style, index 0). */
    Style of(String styleAttribute) {
        int index = styleAttribute == null ? 0 : Integer.parseInt(styleAttribute);
        if (index < 0 || index >= byIndex.length) {
            return Style.PLAIN;
        }
        Style known = byIndex[index];
        return known != null ? known : (byIndex[index] = classify(index));
    }

    private Style classify(int index) {
        XSSFCellStyle style = styles.getStyleAt(index);
        if (style == null) {
            return Style.PLAIN;
        }
        short formatIndex = style.getDataFormat();
        String format = style.getDataFormatString();
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        return format == null ? Style.PLAIN : classify(formatIndex, format);
    }

    static Style classify(int formatIndex, String format) {
        String unquoted = QUOTED_OR_ESCAPED.matcher(format).replaceAll("");
        if (ELAPSED.matcher(unquoted).find()) {
            return Style.ELAPSED_TIME;
        }
        if (DateUtil.isADateFormat(formatIndex, format)) {
            return Style.DATE;
        }
        return unquoted.toLowerCase(Locale.ROOT).contains("%") ? Style.PERCENT : Style.PLAIN;
    }
}
