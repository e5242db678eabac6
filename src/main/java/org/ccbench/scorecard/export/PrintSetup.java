package org.ccbench.scorecard.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.survey.export.SheetPrinting;

/** The scorecard sheets' print setup: {@link SheetPrinting} in the scorecard's language. */
final class PrintSetup {

    private PrintSetup() {
    }

    /**
     * One page wide, as many pages long as the rows need.
     *
     * @param lastHeaderRow the 0-based last row to repeat at the top of every page (the title down to the table's
     *                      header); negative for none
     */
    static void onePageWide(Sheet sheet, int lastHeaderRow, ScorecardTexts texts) {
        SheetPrinting.onePageWide(sheet, lastHeaderRow, texts.labels());
    }

    /** The whole sheet on one page: for the trend, whose chart must never be cut in two. */
    static void onePage(Sheet sheet, ScorecardTexts texts) {
        SheetPrinting.onePage(sheet, texts.labels());
    }
}
