package org.ccbench.kpi.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.SheetPrinting;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.kpi.SubmissionTemplate;

/**
 * The KPI upload workbook: an instructions sheet and an "Inputs" sheet whose first row holds the field codes the
 * upload reads (do not change them), the second the names and units, and then one row per unit-month. Excel refuses
 * negative numbers and, for counts, decimals in the input cells. The last columns show each row's KPI definitions (the
 * SL threshold …) in blue: the upload checks them against the unit's definitions and never changes them. Written by
 * streaming, so many units and months fit.
 */
public final class SubmissionTemplateWorkbook {

    public static final String INPUTS_SHEET = "Inputs";
    public static final int FIRST_DATA_ROW = 3;
    static final String UNIT_ID = "unit_id";
    static final String UNIT = "unit";
    static final String MONTH = "month";

    private SubmissionTemplateWorkbook() {
    }

    public static void write(SubmissionTemplate template, Locale locale, OutputStream out) {
        write(template.columns(), template.rows(), locale, out);
    }

    /** Writes the rows as they come, keeping only the last few hundred in memory. */
    public static void write(List<SubmissionTemplate.Column> columns, Iterable<SubmissionTemplate.Row> rows,
                             Locale locale, OutputStream out) {
        boolean dutch = "nl".equals(locale.getLanguage());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle grey = workbook.createCellStyle();
            grey.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            grey.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle definition = workbook.createCellStyle();
            definition.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            definition.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            instructions(workbook.createSheet(dutch ? "Instructies" : "Instructions"), dutch, header);
            Sheet sheet = workbook.createSheet(INPUTS_SHEET);
            Row codes = sheet.createRow(0);
            Row labels = sheet.createRow(1);
            List<String> fixed = List.of(UNIT_ID, UNIT, MONTH);
            for (int c = 0; c < fixed.size(); c++) {
                text(codes, c, fixed.get(c), header);
                text(labels, c, dutch ? List.of("Eenheid-id", "Eenheid", "Maand (jjjj-mm)").get(c)
                        : List.of("Unit id", "Unit", "Month (yyyy-mm)").get(c), header);
            }
            for (int c = 0; c < columns.size(); c++) {
                text(codes, fixed.size() + c, columns.get(c).field(), header);
                text(labels, fixed.size() + c, columns.get(c).label() + " (" + columns.get(c).unit() + ")", header);
                sheet.setColumnWidth(fixed.size() + c, 18 * 256);
            }
            sheet.setColumnWidth(1, 36 * 256);
            sheet.createFreezePane(3, 2);
            SheetPrinting.repeatingKeys(sheet, 1, 3, ExportLabels.of(locale));
            // the workbook's default style, set on every unstyled cell: SXSSF otherwise looks up the column's style
            // in the sheet's XML for each cell as it writes it, most of the time of a large template
            CellStyle plain = workbook.getCellStyleAt(0);
            int r = 2;
            for (SubmissionTemplate.Row row : rows) {
                Row line = sheet.createRow(r++);
                Cell id = line.createCell(0);
                id.setCellStyle(plain);
                id.setCellValue(row.unitId());
                text(line, 1, row.unitName(), plain);
                text(line, 2, row.month().toString(), plain);
                for (int c = 0; c < columns.size(); c++) {
                    String field = columns.get(c).field();
                    Cell cell = line.createCell(fixed.size() + c);
                    BigDecimal value = row.values().get(field);
                    if (!row.servedFields().contains(field)) {
                        cell.setCellStyle(grey);
                        continue;
                    }
                    cell.setCellStyle(columns.get(c).definition() ? definition : plain);
                    if (value != null) {
                        cell.setCellValue(value.doubleValue());
                    }
                }
            }
            validations(sheet, columns, fixed.size(), Math.max(r - 1, FIRST_DATA_ROW - 1), dutch);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validations(Sheet sheet, List<SubmissionTemplate.Column> columns, int first, int lastRow,
                                    boolean dutch) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            DataValidationConstraint constraint = columns.get(c).wholeNumber()
                    ? helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
                    : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, first + c, first + c));
            validation.setShowErrorBox(true);
            validation.createErrorBox(dutch ? "Ongeldig getal" : "Invalid number", columns.get(c).wholeNumber()
                    ? (dutch ? "Een geheel getal van 0 of meer" : "A whole number of 0 or more")
                    : (dutch ? "Een getal van 0 of meer" : "A number of 0 or more"));
            sheet.addValidationData(validation);
        }
    }

    private static void instructions(Sheet sheet, boolean dutch, CellStyle header) {
        List<String> lines = dutch ? List.of(
                "KPI-aanlevering via Excel",
                "Vul op het blad 'Inputs' per eenheid en maand de ruwe aantallen in. Rij 1 bevat de codes die het portaal leest: wijzig die niet.",
                "Grijze cellen horen niet bij de kanalen van die eenheid en blijven leeg. Een lege cel betekent 'niet aangeleverd', niet 0.",
                "Getallen mogen als 1234,5 of 1.234,5 worden geschreven; percentages en bedragen zonder eenheid.",
                "Bij uploaden wordt het hele bestand gecontroleerd. Bevat één rij een fout, dan wordt niets opgeslagen en ziet u elke fout met blad, rij en kolom.",
                "De blauwe kolommen achteraan tonen de KPI-definities van de eenheid in die maand (zoals de servicelevelnorm in seconden). Ze worden gecontroleerd, nooit gewijzigd: wijkt een waarde af, dan wordt niets opgeslagen. De opdrachtgever stelt definities in op de pagina KPI-definities van de eenheid.")
                : List.of(
                "KPI submission by Excel",
                "On the 'Inputs' sheet, fill in the raw counts per unit and month. Row 1 holds the codes the portal reads: do not change them.",
                "Grey cells are not part of that unit's channels and stay empty. An empty cell means 'not supplied', not 0.",
                "Numbers may be written as 1234.5 or 1,234.5; leave out units and currency signs.",
                "On upload the whole file is checked. If any row has an error, nothing is stored and you see every problem with its sheet, row and column.",
                "The blue columns at the end show the unit's KPI definitions for that month (such as the service-level threshold in seconds). They are checked, never changed: if a value differs, nothing is stored. The client sets definitions on the unit's KPI definitions page.");
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i), 0, lines.get(i), i == 0 ? header : null);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    /** Text is always written as a string cell, never as a formula. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
