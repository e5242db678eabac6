package org.ccbench.scorecard.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ccbench.scorecard.ComparisonRow;

/**
 * The ranking table, streamed, and a native bar chart of value for money. SXSSF has no chart API of its own, so the
 * chart goes into the drawing of the XSSF sheet behind the streamed one (which SXSSF writes around the streamed rows);
 * its data are given as arrays with their cell ranges, because rows already flushed cannot be read back.
 */
final class RankingSheet {

    static final int HEADER_ROW = 3;
    static final int CONTRACT = 1;
    static final int VFM = 6;
    private static final int CHART_COLUMN = 10;

    private RankingSheet() {
    }

    static void write(SXSSFSheet sheet, XSSFSheet behind, List<ComparisonRow> rows, String periodLabel,
                      ScorecardTexts texts, ScorecardStyles styles) {
        String[] keys = {"scorecard.comparison.rank", "scorecard.comparison.contract", "scorecard.comparison.vendor",
            "scorecard.comparison.quality", "scorecard.comparison.cpc", "scorecard.comparison.costScore",
            "scorecard.comparison.vfm", "scorecard.comparison.qualityPerEuro", "scorecard.comparison.amount"};
        sheet.setColumnWidth(0, 7 * 256);
        sheet.setColumnWidth(CONTRACT, 28 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        for (int column = 3; column < keys.length; column++) {
            sheet.setColumnWidth(column, 13 * 256);
        }
        XlsxCells.text(sheet.createRow(0), 0, texts.labels().format("scorecard.comparison.title", periodLabel),
                styles.base().title(), styles);
        XlsxCells.text(sheet.createRow(1), 0, texts.get("scorecard.comparison.note"), styles.base().note(), styles);
        int charted = charted(rows);
        Row note = sheet.createRow(2);
        if (charted < rows.stream().filter(row -> row.valueForMoney() != null).count()) {
            XlsxCells.text(note, 0, texts.labels().format("scorecard.comparison.chartCapped",
                    String.valueOf(charted), String.valueOf(rows.size())), styles.base().note(), styles);
        }
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < keys.length; column++) {
            XlsxCells.text(header, column, texts.get(keys[column]), styles.base().header(), styles);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int next = HEADER_ROW + 1;
        for (ComparisonRow contract : rows) {
            Row row = sheet.createRow(next++);
            if (contract.rank() != null) {
                XlsxCells.number(row, 0, contract.rank(), styles.base().integer());
            }
            XlsxCells.text(row, CONTRACT, contract.contractName(), styles.base().text(), styles);
            XlsxCells.text(row, 2, contract.vendorName(), styles.base().text(), styles);
            XlsxCells.number(row, 3, contract.quality(), styles.base().oneDecimal());
            XlsxCells.number(row, 4, contract.costPerContact(), styles.money());
            XlsxCells.number(row, 5, contract.costScore(), styles.base().oneDecimal());
            XlsxCells.number(row, VFM, contract.valueForMoney(), styles.base().decimal());
            XlsxCells.number(row, 7, contract.qualityPerEuro(), styles.exact());
            XlsxCells.number(row, 8, contract.bonusMalusAmount(), styles.money());
        }
        PrintSetup.onePageWide(sheet, HEADER_ROW, texts);
        if (charted > 0) {
            chart(behind, rows.subList(0, charted), texts.get("scorecard.comparison.chart"));
        }
    }

    /** The leading rows with a value for money, at most {@link ComparisonWorkbook#CHART_LIMIT}. */
    static int charted(List<ComparisonRow> rows) {
        int count = 0;
        while (count < rows.size() && count < ComparisonWorkbook.CHART_LIMIT
                && rows.get(count).valueForMoney() != null) {
            count++;
        }
        return count;
    }

    private static void chart(XSSFSheet sheet, List<ComparisonRow> rows, String title) {
        String[] contracts = rows.stream().map(ComparisonRow::contractName).toArray(String[]::new);
        Double[] values = rows.stream().map(row -> row.valueForMoney().doubleValue()).toArray(Double[]::new);
        int firstRow = HEADER_ROW + 1;
        int lastRow = HEADER_ROW + rows.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, HEADER_ROW, CHART_COLUMN + 10,
                HEADER_ROW + 4 + Math.max(16, rows.size()));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis contractAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        contractAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        // the categories run top to bottom, so the value axis crosses them at the last one: the bottom
        contractAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(100);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, contractAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromArray(contracts, range(sheet, firstRow, lastRow, CONTRACT)),
                XDDFDataSourcesFactory.fromArray(values, range(sheet, firstRow, lastRow, VFM)));
        series.setTitle(title, new CellReference(sheet.getSheetName(), HEADER_ROW, VFM, true, true));
        series.setShapeProperties(ChartStyle.bar(0));
        chart.plot(data);
    }

    private static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
