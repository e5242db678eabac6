package org.ccbench.scorecard.export;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints (or saves as PDF): A4 landscape, scaled to one page wide so no column is split off onto a page
 * of its own, the table's header rows repeated on every page, and the page number in the reader's language.
 */
final class PrintSetup {

    /** The header/footer codes of the sheet's name, the page number and the number of pages. */
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";

    private PrintSetup() {
    }

    /**
     * One page wide, as many pages long as the rows need.
     *
     * @param lastHeaderRow the 0-based last row to repeat at the top of every page (the title down to the table's
     *                      header); negative for none
     */
    static void onePageWide(Sheet sheet, int lastHeaderRow, ScorecardTexts texts) {
        fit(sheet, 0, lastHeaderRow, texts);
    }

    /** The whole sheet on one page: for the trend, whose chart must never be cut in two. */
    static void onePage(Sheet sheet, ScorecardTexts texts) {
        fit(sheet, 1, -1, texts);
    }

    private static void fit(Sheet sheet, int pagesHigh, int lastHeaderRow, ScorecardTexts texts) {
        org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesHigh);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        if (lastHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
        }
        Footer footer = sheet.getFooter();
        footer.setLeft(SHEET_NAME);
        footer.setRight(texts.labels().format("scorecard.print.page", PAGE, PAGES));
    }
}
