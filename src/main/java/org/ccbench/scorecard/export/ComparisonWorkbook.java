package org.ccbench.scorecard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.WorkbookOutput;

/**
 * A sourcing manager's contracts side by side as a streamed xlsx workbook (SXSSF, a small row window, so hundreds of
 * contracts × months fit in little memory): the ranking with a native bar chart of value for money, and every
 * contract's months. Vendor and contract names are written as text, never as formulas.
 */
public final class ComparisonWorkbook {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int ROW_WINDOW = 50;
    /** The most contracts the bar chart shows; the table lists them all. */
    static final int CHART_LIMIT = 25;

    private ComparisonWorkbook() {
    }

    /**
     * Writes the workbook to {@code out}, which stays open.
     *
     * @param rows        the compared contracts, best value for money first (rows without a rank last)
     * @param periodLabel e.g. {@code 2026-Q3}, in the title
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(List<ComparisonRow> rows, String periodLabel, Locale locale, OutputStream out) {
        ExportLabels labels = ExportLabels.of(locale);
        List<ComparisonRow> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparing(ComparisonRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try (workbook) {
            ScorecardStyles styles = new ScorecardStyles(workbook);
            ScorecardTexts texts = new ScorecardTexts(labels);
            SXSSFSheet ranking = workbook.createSheet(labels.get("scorecard.comparison.ranking"));
            RankingSheet.write(ranking, workbook.getXSSFWorkbook().getSheet(ranking.getSheetName()), ranked,
                    periodLabel, texts, styles);
            writeMonthly(workbook.createSheet(labels.get("scorecard.comparison.monthly")), ranked, texts, styles);
            WorkbookOutput.write(workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the comparison workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void writeMonthly(SXSSFSheet sheet, List<ComparisonRow> rows, ScorecardTexts texts,
                                     ScorecardStyles styles) {
        List<String> kpis = slaKpis(rows);
        String[] keys = {"scorecard.comparison.contract", "scorecard.comparison.vendor", "scorecard.comparison.month",
            "scorecard.comparison.quality", "scorecard.comparison.cpc", "scorecard.comparison.amount"};
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        for (int column = 2; column < keys.length + kpis.size(); column++) {
            sheet.setColumnWidth(column, 12 * 256);
        }
        Row header = sheet.createRow(0);
        for (int column = 0; column < keys.length; column++) {
            XlsxCells.text(header, column, texts.get(keys[column]), styles.base().header(), styles);
        }
        for (int k = 0; k < kpis.size(); k++) {
            XlsxCells.text(header, keys.length + k, texts.kpiTitle(kpis.get(k)), styles.base().header(), styles);
        }
        int smallSamples = keys.length + kpis.size();
        sheet.setColumnWidth(smallSamples, 24 * 256);
        XlsxCells.text(header, smallSamples, texts.get("scorecard.comparison.smallSample"), styles.base().header(),
                styles);
        sheet.createFreezePane(2, 1);
        PrintSetup.onePageWide(sheet, 0, texts);
        int next = 1;
        for (ComparisonRow contract : rows) {
            for (ComparisonRow.ComparisonMonth month : contract.monthly()) {
                Row row = sheet.createRow(next++);
                XlsxCells.text(row, 0, contract.contractName(), styles.base().text(), styles);
                XlsxCells.text(row, 1, contract.vendorName(), styles.base().text(), styles);
                XlsxCells.text(row, 2, String.valueOf(month.month()), styles.month(), styles);
                XlsxCells.number(row, 3, month.quality(), styles.base().oneDecimal());
                XlsxCells.number(row, 4, month.costPerContact(), styles.money());
                XlsxCells.number(row, 5, month.bonusMalusAmount(), styles.money());
                for (int k = 0; k < kpis.size(); k++) {
                    XlsxCells.number(row, keys.length + k, month.slaActuals().get(kpis.get(k)), styles.exact());
                }
                if (!month.smallSamples().isEmpty()) {
                    XlsxCells.text(row, smallSamples, String.join(", ", month.smallSamples().stream()
                            .map(texts::kpiTitle).toList()), styles.base().text(), styles);
                }
            }
        }
    }

    /** Every SLA KPI any contract reports, in order of first appearance. */
    static List<String> slaKpis(List<ComparisonRow> rows) {
        Set<String> kpis = new LinkedHashSet<>();
        for (ComparisonRow row : rows) {
            for (ComparisonRow.ComparisonMonth month : row.monthly()) {
                kpis.addAll(month.slaActuals().keySet());
            }
        }
        return List.copyOf(kpis);
    }
}
