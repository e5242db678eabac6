package org.ccbench.survey.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ccbench.survey.BreakdownKind;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.ResponseRate;

/** The first sheet of the results: the campaign, its response rates, the anonymity minimums and the legend. */
final class SummarySheet {

    private static final int LABEL_WIDTH_CHARS = 62;
    private static final int VALUE_WIDTH_CHARS = 14;
    private static final int VALUE_COLUMNS = 3;

    private final Sheet sheet;
    private final ExportLabels labels;
    private final WorkbookStyles styles;
    private int next;

    private SummarySheet(Sheet sheet, ExportLabels labels, WorkbookStyles styles) {
        this.sheet = sheet;
        this.labels = labels;
        this.styles = styles;
    }

    static void write(Sheet sheet, CampaignResults results, ExportLabels labels, WorkbookStyles styles) {
        new SummarySheet(sheet, labels, styles).write(results);
    }

    private void write(CampaignResults results) {
        sheet.setColumnWidth(0, LABEL_WIDTH_CHARS * 256);
        for (int column = 1; column <= VALUE_COLUMNS; column++) {
            sheet.setColumnWidth(column, VALUE_WIDTH_CHARS * 256);
        }
        Campaign campaign = results.campaign();
        Cells.text(sheet.createRow(next++), 0, campaign.title(), styles.title(), styles);
        next++;
        Cells.text(labelled("summary.campaign"), 1, campaign.title(), styles.text(), styles);
        Row template = labelled("summary.template");
        Cells.text(template, 1, results.templateTitle(), styles.text(), styles);
        Cells.text(template, 3, campaign.templateId() + " " + campaign.templateVersion(), styles.note(), styles);
        Row fieldwork = labelled("summary.fieldwork");
        Cells.date(fieldwork, 1, campaign.opensOn(), styles.date());
        Cells.date(fieldwork, 2, campaign.closesOn(), styles.date());
        Cells.number(labelled("summary.responses"), 1, results.responses(), styles.integer());
        wideText(labelled("summary.breakdown"), breakdown(results), styles.text());
        if (!campaign.nameVendors()
                && results.columns().stream().anyMatch(column -> column.kind() == BreakdownKind.VENDOR)) {
            wideText(sheet.createRow(next++), labels.get("summary.vendorNames"), styles.note());
        }
        writeRates(results);
        writeAnonymity(results);
    }

    private String breakdown(CampaignResults results) {
        if (results.breakdownQuestion() == null) {
            return labels.get("summary.breakdown.default");
        }
        String question = results.breakdownChoices().stream()
                .filter(choice -> choice.questionId().equals(results.breakdownQuestion()))
                .map(CampaignResults.BreakdownChoice::text).findFirst().orElse(results.breakdownQuestion());
        return labels.format("summary.breakdown.question", question);
    }

    private void writeRates(CampaignResults results) {
        next++;
        Cells.text(sheet.createRow(next++), 0, labels.get("rates.title"), styles.section(), styles);
        Row header = sheet.createRow(next++);
        String[] keys = {"rates.segment", "rates.invited", "rates.submitted", "rates.percent"};
        for (int column = 0; column < keys.length; column++) {
            Cells.text(header, column, labels.get(keys[column]), styles.header(), styles);
        }
        for (ResponseRate rate : results.rates()) {
            Row row = sheet.createRow(next++);
            Cells.text(row, 0, rate.segment(), styles.wrap(), styles);
            Cells.number(row, 1, rate.invited(), styles.integer());
            Cells.number(row, 2, rate.submitted(), styles.integer());
            Cells.number(row, 3, rate.percent(), styles.percent());
        }
    }

    private void writeAnonymity(CampaignResults results) {
        next++;
        Cells.text(sheet.createRow(next++), 0, labels.get("anonymity.title"), styles.section(), styles);
        Cells.number(labelled("anonymity.minRespondents"), 1, results.minRespondents(), styles.integer());
        Cells.number(labelled("anonymity.minRatersPerVendor"), 1, results.minRatersPerVendor(), styles.integer());
        next++;
        Cells.text(sheet.createRow(next++), 0, labels.get("legend.title"), styles.section(), styles);
        Row hidden = sheet.createRow(next++);
        Cells.hidden(hidden, 0, styles);
        wideText(hidden, labels.format("legend.hidden", results.minRespondents(), results.minRatersPerVendor()),
                styles.wrap());
        Row noSpread = sheet.createRow(next++);
        Cells.noSpread(noSpread, 0, labels.get("noSpread.marker"), styles);
        wideText(noSpread, labels.get("legend.noSpread"), styles.wrap());
        Row percent = sheet.createRow(next++);
        Cells.text(percent, 0, "%", styles.text(), styles);
        wideText(percent, labels.get("legend.percent"), styles.wrap());
    }

    private Row labelled(String key) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, labels.get(key), styles.bold(), styles);
        return row;
    }

    /** Text over the value columns, merged, with the row as high as the wrapped text needs. */
    private void wideText(Row row, String text, CellStyle style) {
        Cells.text(row, 1, text, style, styles);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, VALUE_COLUMNS));
        int widthChars = VALUE_COLUMNS * VALUE_WIDTH_CHARS - 2;
        int lines = Math.max(1, (text.length() + widthChars - 1) / widthChars);
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }
}
