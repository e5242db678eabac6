package org.ccbench.survey.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.ResultCell;

/**
 * One row per template index (such as the CSI), with its raters (n) and value per result column, followed by its
 * 95 % interval, vendor verdicts and previous wave ({@link StatisticsRows}).
 */
final class IndicesSheet {

    private static final int NAME_WIDTH_CHARS = 40;

    private IndicesSheet() {
    }

    static void write(Sheet sheet, CampaignResults results, ExportLabels labels, WorkbookStyles styles) {
        ColumnHeaders.write(sheet, labels.get("indices.header"), NAME_WIDTH_CHARS, results.columns(),
                labels.get("indices.n"), labels.get("indices.value"), styles);
        StatisticsRows statistics = new StatisticsRows(sheet, styles, labels, results);
        int next = ColumnHeaders.ROWS;
        for (IndexResult index : results.indices()) {
            Row row = sheet.createRow(next++);
            Cells.text(row, 0, index.name(), styles.wrap(), styles);
            List<ResultCell> cells = index.cells();
            for (int column = 0; column < cells.size(); column++) {
                int first = ColumnHeaders.firstOf(column);
                ResultCell cell = cells.get(column);
                if (!cell.shown()) {
                    Cells.hidden(row, first, styles);
                    Cells.hidden(row, first + 1, styles);
                } else if (cell.figures() != null) {
                    Cells.number(row, first, cell.figures().n(), styles.integer());
                    Cells.number(row, first + 1, cell.figures().mean(), styles.oneDecimal());
                }
            }
            next = statistics.index(next, cells, index.wave());
        }
    }
}
