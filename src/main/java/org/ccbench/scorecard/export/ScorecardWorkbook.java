package org.ccbench.scorecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.WorkbookOutput;

/**
 * A contract scorecard as an xlsx workbook in the reader's language: a summary, the SLA detail with the bonus/malus
 * as live formulas (so the amounts can be audited in the spreadsheet), the KPI trend with a native line chart, and
 * the definitions. Typed text (names, comments) is always written as text, never as a formula.
 */
public final class ScorecardWorkbook {

    private ScorecardWorkbook() {
    }

    /**
     * Writes the workbook to {@code out}, which stays open.
     *
     * @param locale the reader's language
     * @param zone   the portal's time zone, in which the computed-at and dispute times are printed
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(Scorecard scorecard, Locale locale, ZoneId zone, OutputStream out) {
        ScorecardTexts texts = new ScorecardTexts(ExportLabels.of(locale), zone);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ScorecardStyles styles = new ScorecardStyles(workbook);
            workbook.getProperties().getCoreProperties().setTitle(scorecard.header().contractName() + " "
                    + scorecard.header().periodLabel());
            SummarySheet.write(workbook.createSheet(texts.get("scorecard.sheet.summary")), scorecard, texts, styles);
            SlaDetailSheet.write(workbook.createSheet(texts.get("scorecard.sheet.detail")), scorecard.months(), texts,
                    styles);
            TrendSheet.write(workbook.createSheet(texts.get("scorecard.sheet.trend")), scorecard.trend(), texts,
                    styles);
            DefinitionsSheet.write(workbook.createSheet(texts.get("scorecard.sheet.definitions")), scorecard, texts,
                    styles);
            // cached results for viewers that do not calculate; Excel and LibreOffice recalculate on opening
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            WorkbookOutput.write(workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the scorecard workbook", e);
        }
    }
}
