package org.ccbench.scorecard.export;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ccbench.scorecard.KpiTrend;

/**
 * Months down, the SLA KPIs across (then their targets and the month's amount), and a native line chart below the
 * table. A month without data (before the contract started, after the period) is an empty cell and a gap in the
 * chart, never a zero; the sheet prints on one page, so the chart is never cut in two.
 */
final class TrendSheet {

    static final int HEADER_ROW = 2;
    private static final int CHART_ROWS = 22;
    private static final int CHART_COLUMNS = 10;

    private TrendSheet() {
    }

    static void write(XSSFSheet sheet, KpiTrend trend, ScorecardTexts texts, ScorecardStyles styles) {
        List<KpiTrend.Series> series = trend.series();
        int amountColumn = 1 + 2 * series.size();
        sheet.setColumnWidth(0, 12 * 256);
        for (int column = 1; column <= amountColumn; column++) {
            sheet.setColumnWidth(column, 14 * 256);
        }
        XlsxCells.text(sheet.createRow(0), 0, texts.get("scorecard.trend.title"), styles.base().title(), styles);
        Row header = sheet.createRow(HEADER_ROW);
        XlsxCells.text(header, 0, texts.get("scorecard.trend.month"), styles.base().header(), styles);
        for (int s = 0; s < series.size(); s++) {
            String label = texts.kpiTitle(series.get(s).kpiLabel());
            XlsxCells.text(header, 1 + s, label, styles.base().header(), styles);
            XlsxCells.text(header, 1 + series.size() + s, texts.labels().format("scorecard.trend.target", label),
                    styles.base().header(), styles);
        }
        XlsxCells.text(header, amountColumn, texts.get("scorecard.trend.amount"), styles.base().header(), styles);
        List<java.time.YearMonth> months = trend.months();
        for (int m = 0; m < months.size(); m++) {
            Row row = sheet.createRow(HEADER_ROW + 1 + m);
            XlsxCells.text(row, 0, months.get(m).toString(), styles.month(), styles);
            for (int s = 0; s < series.size(); s++) {
                KpiTrend.Series one = series.get(s);
                XlsxCells.number(row, 1 + s, valueAt(one.values(), m), styles.kpi(one.kpiLabel()));
                XlsxCells.number(row, 1 + series.size() + s, one.target(), styles.kpi(one.kpiLabel()));
            }
            XlsxCells.number(row, amountColumn, valueAt(trend.amounts(), m), styles.money());
        }
        if (!months.isEmpty() && !series.isEmpty()) {
            chart(sheet, series, months.size(), texts, Math.max(CHART_COLUMNS, amountColumn + 1));
        }
        PrintSetup.onePage(sheet, texts);
    }

    private static void chart(XSSFSheet sheet, List<KpiTrend.Series> series, int months, ScorecardTexts texts,
                              int columns) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = HEADER_ROW + months + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, columns, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(texts.get("scorecard.trend.chart"));
        // an empty cell is a gap in the line: no data is not 0 (the file format's own default is "zero")
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis monthsAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        int firstRow = HEADER_ROW + 1;
        int lastRow = HEADER_ROW + months;
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, monthsAxis, valueAxis);
        data.setVaryColors(false);
        for (int s = 0; s < series.size(); s++) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(categories,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                            new CellRangeAddress(firstRow, lastRow, 1 + s, 1 + s)));
            line.setTitle(texts.kpiTitle(series.get(s).kpiLabel()),
                    new CellReference(sheet.getSheetName(), HEADER_ROW, 1 + s, true, true));
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setShapeProperties(ChartStyle.line(s));
        }
        chart.plot(data);
    }

    private static BigDecimal valueAt(List<BigDecimal> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
