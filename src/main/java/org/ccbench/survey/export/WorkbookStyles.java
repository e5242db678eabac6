package org.ccbench.survey.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one style library of an export workbook: every cell shares one of these styles, so a workbook holds a handful
 * of styles however many cells it has (Excel allows about 64,000).
 */
public final class WorkbookStyles {

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle section;
    private final CellStyle header;
    private final CellStyle bold;
    private final CellStyle text;
    private final CellStyle wrap;
    private final CellStyle note;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle oneDecimal;
    private final CellStyle percent;
    private final CellStyle signed;
    private final CellStyle signedTwoDecimals;
    private final CellStyle date;
    private final CellStyle hidden;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = font(true, false, (short) 11, IndexedColors.AUTOMATIC);
        title = style(font(true, false, (short) 14, IndexedColors.AUTOMATIC), null, false);
        section = style(font(true, false, (short) 12, IndexedColors.AUTOMATIC), null, false);
        header = style(boldFont, null, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        bold = style(boldFont, null, true);
        text = style(null, null, false);
        wrap = style(null, null, true);
        note = style(font(false, true, (short) 11, IndexedColors.GREY_50_PERCENT), null, true);
        integer = style(null, "#,##0", false);
        decimal = style(null, "0.00", false);
        oneDecimal = style(null, "0.0", false);
        percent = style(null, "0.0", false);
        signed = style(null, "+0.0;-0.0;0.0", false);
        signedTwoDecimals = style(null, "+0.00;-0.00;0.00", false);
        date = style(null, "yyyy-mm-dd", false);
        hidden = style(font(false, false, (short) 11, IndexedColors.GREY_50_PERCENT), null, false);
        hidden.setAlignment(HorizontalAlignment.CENTER);
    }

    /** A sheet or report title. */
    public CellStyle title() {
        return title;
    }

    /** A heading inside a sheet (a questionnaire section, a table's name). */
    public CellStyle section() {
        return section;
    }

    /** Column headers: bold on grey, wrapped. */
    public CellStyle header() {
        return header;
    }

    /** Bold, wrapped text such as a question. */
    public CellStyle bold() {
        return bold;
    }

    public CellStyle text() {
        return text;
    }

    /** Wrapped text, aligned to the top, for long labels and free text. */
    public CellStyle wrap() {
        return wrap;
    }

    /** Grey italic explanations. */
    public CellStyle note() {
        return note;
    }

    /** Counts: {@code #,##0}. */
    public CellStyle integer() {
        return integer;
    }

    /** Means and quartiles: {@code 0.00}. */
    public CellStyle decimal() {
        return decimal;
    }

    /** Index values: {@code 0.0}. */
    public CellStyle oneDecimal() {
        return oneDecimal;
    }

    /** Percentages held as 0–100 (45 shows as 45.0): {@code 0.0}. */
    public CellStyle percent() {
        return percent;
    }

    /** Net promoter scores: {@code +0.0;-0.0;0.0}. */
    public CellStyle signed() {
        return signed;
    }

    /** Changes of a mean: {@code +0.00;-0.00;0.00}. */
    public CellStyle signedTwoDecimals() {
        return signedTwoDecimals;
    }

    public CellStyle date() {
        return date;
    }

    /** The marker of a cell hidden for anonymity: grey and centred. */
    public CellStyle hidden() {
        return hidden;
    }

    /**
     * The same style with Excel's quote prefix, for typed text that starts like a formula ({@code =}, {@code +},
     * {@code -}, {@code @}): the cell is text already, and the prefix keeps it text when someone edits it in Excel.
     */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), index -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private Font font(boolean isBold, boolean italic, short points, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setBold(isBold);
        font.setItalic(italic);
        font.setFontHeightInPoints(points);
        if (colour != IndexedColors.AUTOMATIC) {
            font.setColor(colour.getIndex());
        }
        return font;
    }

    private CellStyle style(Font font, String format, boolean wrapped) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        style.setWrapText(wrapped);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
