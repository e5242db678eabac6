package org.ccbench.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.survey.CampaignResults;

/**
 * A campaign's results as an xlsx workbook: a summary (response rates, anonymity minimums, legend), the indices and
 * every question's table, in the reader's language. It writes exactly what {@link CampaignResults} holds, so it shows
 * what the reader may see and nothing more; cells hidden for anonymity carry a marker instead of figures.
 */
public final class ResultsWorkbook {

    private ResultsWorkbook() {
    }

    /**
     * Writes the workbook to {@code out}, which stays open.
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(CampaignResults results, Locale locale, OutputStream out) {
        ExportLabels labels = ExportLabels.of(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            workbook.getProperties().getCoreProperties().setTitle(results.campaign().title());
            SummarySheet.write(workbook.createSheet(labels.get("sheet.summary")), results, labels, styles);
            if (!results.indices().isEmpty()) {
                IndicesSheet.write(workbook.createSheet(labels.get("sheet.indices")), results, labels, styles);
            }
            QuestionsSheet.write(workbook.createSheet(labels.get("sheet.questions")), results, labels, styles);
            workbook.sheetIterator().forEachRemaining(sheet -> SheetPrinting.onePageWide(sheet, -1, labels));
            WorkbookOutput.write(workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the results workbook", e);
        }
    }
}
