package org.ccbench.survey.export;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How an exported sheet prints (or saves as PDF): A4 landscape, the table's header rows repeated on every page, and
 * the sheet's name and "Page x of y" in the reader's language in the footer. Used by every workbook the portal writes.
 */
public final class SheetPrinting {

    /** The header/footer codes of the sheet's name, the page number and the number of pages. */
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";

    private SheetPrinting() {
    }

    /**
     * Scaled to one page wide, as many pages long as the rows need, so no column is split off onto a page of its own.
     *
     * @param lastHeaderRow the 0-based last row to repeat at the top of every page; negative for none
     */
    public static void onePageWide(Sheet sheet, int lastHeaderRow, ExportLabels labels) {
        fit(sheet, 1, 0, lastHeaderRow, labels);
    }

    /** The whole sheet on one page: for a sheet with a chart that must never be cut in two. */
    public static void onePage(Sheet sheet, ExportLabels labels) {
        fit(sheet, 1, 1, -1, labels);
    }

    /**
     * At its own size over as many pages as it needs, with the header rows and the first {@code keyColumns}
     * columns repeated on every page: for wide entry sheets that would be unreadable scaled to one page.
     */
    public static void repeatingKeys(Sheet sheet, int lastHeaderRow, int keyColumns, ExportLabels labels) {
        PrintSetup print = common(sheet, labels);
        sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
        if (keyColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        }
        print.setScale((short) 100);
    }

    private static void fit(Sheet sheet, int pagesWide, int pagesHigh, int lastHeaderRow, ExportLabels labels) {
        PrintSetup print = common(sheet, labels);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) pagesWide);
        print.setFitHeight((short) pagesHigh);
        sheet.setHorizontallyCenter(true);
        if (lastHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
        }
    }

    private static PrintSetup common(Sheet sheet, ExportLabels labels) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        Footer footer = sheet.getFooter();
        footer.setLeft(SHEET_NAME);
        footer.setRight(labels.format("scorecard.print.page", PAGE, PAGES));
        return print;
    }
}
