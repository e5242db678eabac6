package org.ccbench.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.Distributions.KpiDistribution;
import org.ccbench.benchmark.Distributions.OwnValue;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.report.YearlyReport;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;
import org.ccbench.survey.export.SignificanceWords;
import org.ccbench.survey.export.ExportLabels;
import org.ccbench.survey.export.SheetPrinting;
import org.ccbench.survey.export.WorkbookStyles;

/**
 * The yearly report as a workbook: a cover sheet, one sheet per KPI (every peer group with its figures as numbers or
 * the reason it has none, and a native bar chart of the shown groups with the reader's own units as their own series),
 * the value matrix, the pooled vendors and the survey. Every sheet prints A4 landscape with "Page x of y".
 */
public final class YearlyReportWorkbook {

    private static final int HEADER_ROW = 3;
    private static final int CHART_DATA_COLUMN = 10;
    private static final String[] QUADRANTS = {"eliminate", "simplify", "automate", "leverage"};

    private final ReportTexts texts;
    private final ExportLabels labels;
    private final XSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private final Map<Integer, CellStyle> signed = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();

    private YearlyReportWorkbook(ReportTexts texts, ExportLabels labels, XSSFWorkbook workbook) {
        this.texts = texts;
        this.labels = labels;
        this.workbook = workbook;
        this.styles = new WorkbookStyles(workbook);
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public static void write(YearlyReport report, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new YearlyReportWorkbook(new ReportTexts(locale), ExportLabels.of(locale), workbook).write(report);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the yearly report workbook", e);
        }
    }

    private void write(YearlyReport report) {
        cover(report);
        for (KpiDistribution kpi : report.benchmark().kpis()) {
            kpiSheet(kpi, report);
        }
        valueMatrix(report.benchmark().byLabel());
        vendors(report.benchmark().kpis());
        survey(report);
    }

    private void cover(YearlyReport report) {
        XSSFSheet sheet = sheet(texts.get("report.sheet.cover"));
        text(sheet, 0, 0, texts.format("report.title", report.period().label()), styles.title());
        text(sheet, 1, 0, texts.format("report.edition", texts.edition(report)), styles.bold());
        text(sheet, 2, 0, texts.format("report.generated", report.generatedOn().toString()), styles.text());
        text(sheet, 4, 0, texts.get("report.intro"), styles.text());
        text(sheet, 5, 0, texts.get("report.own.help"), styles.note());
        text(sheet, 6, 0, SignificanceWords.of(texts.locale()).method(), styles.note());
        sheet.setColumnWidth(0, 120 * 256);
        SheetPrinting.onePageWide(sheet, -1, labels);
    }

    private void kpiSheet(KpiDistribution kpi, YearlyReport report) {
        XSSFSheet sheet = sheet(texts.sheetName(kpi.kpi()));
        text(sheet, 0, 0, texts.kpiTitle(kpi.kpi()) + " · " + report.period().label(), styles.title());
        text(sheet, 1, 0, texts.format("report.edition", texts.edition(report))
                + (kpi.definition().isEmpty() ? "" : " · " + texts.definition(kpi.definition())), styles.note());
        headers(sheet, HEADER_ROW, "report.column.group", "report.column.n", "report.column.p10",
                "report.column.p25", "report.column.median", "report.column.p75", "report.column.p90",
                "report.column.mean", "report.column.note");
        int r = HEADER_ROW + 1;
        for (Distributions.Cell cell : kpi.cells()) {
            text(sheet, r, 0, texts.group(cell), styles.text());
            if (cell.n() != null) {
                integer(sheet, r, 1, cell.n());
            }
            if (cell.shown()) {
                List<BigDecimal> values = java.util.Arrays.asList(cell.p10(), cell.p25(), cell.median(),
                        cell.p75(), cell.p90(), cell.mean());
                for (int c = 0; c < values.size(); c++) {
                    decimal(sheet, r, 2 + c, values.get(c));
                }
                if (cell.p10() == null) {
                    text(sheet, r, 8, texts.get("report.tails"), styles.note());
                }
            } else {
                text(sheet, r, 8, texts.reason(cell), styles.note());
            }
            r++;
        }
        r++;
        for (OwnValue own : kpi.own()) {
            text(sheet, r, 0, texts.format("report.own", own.unitName()), styles.bold());
            decimal(sheet, r, 4, own.value());
            r++;
        }
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(8, 40 * 256);
        List<Distributions.Cell> shown = kpi.cells().stream().filter(Distributions.Cell::shown).toList();
        if (!shown.isEmpty()) {
            chart(sheet, kpi, shown, r + 1);
        }
        SheetPrinting.onePage(sheet, labels);
    }

    /**
     * A clustered bar chart over the shown groups, from a chart-data block beside the table: P10 and P90 only when a
     * group has them, and one series per own unit (its value in every group, so it reads as a marker line).
     */
    private void chart(XSSFSheet sheet, KpiDistribution kpi, List<Distributions.Cell> shown, int top) {
        boolean tails = shown.stream().anyMatch(cell -> cell.p10() != null);
        List<String> names = new ArrayList<>();
        List<Function<Distributions.Cell, BigDecimal>> series = new ArrayList<>();
        if (tails) {
            names.add(texts.get("report.column.p10"));
            series.add(Distributions.Cell::p10);
        }
        names.add(texts.get("report.column.p25"));
        series.add(Distributions.Cell::p25);
        names.add(texts.get("report.column.median"));
        series.add(Distributions.Cell::median);
        names.add(texts.get("report.column.p75"));
        series.add(Distributions.Cell::p75);
        if (tails) {
            names.add(texts.get("report.column.p90"));
            series.add(Distributions.Cell::p90);
        }
        int distributionSeries = names.size();
        for (OwnValue own : kpi.own()) {
            names.add(texts.format("report.own", own.unitName()));
            series.add(cell -> own.value());
        }
        text(sheet, HEADER_ROW, CHART_DATA_COLUMN, texts.get("report.column.group"), styles.header());
        for (int s = 0; s < names.size(); s++) {
            text(sheet, HEADER_ROW, CHART_DATA_COLUMN + 1 + s, names.get(s), styles.header());
        }
        for (int i = 0; i < shown.size(); i++) {
            int row = HEADER_ROW + 1 + i;
            text(sheet, row, CHART_DATA_COLUMN, texts.group(shown.get(i)), styles.text());
            for (int s = 0; s < series.size(); s++) {
                decimal(sheet, row, CHART_DATA_COLUMN + 1 + s, series.get(s).apply(shown.get(i)));
            }
        }
        sheet.setColumnWidth(CHART_DATA_COLUMN, 40 * 256);
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + shown.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 9,
                top + 8 + Math.max(12, shown.size() * (names.size() > 4 ? 2 : 1))));
        chart.setTitleText(texts.kpiTitle(kpi.kpi()));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis groups = chart.createCategoryAxis(AxisPosition.LEFT);
        groups.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        groups.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, groups, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, CHART_DATA_COLUMN, CHART_DATA_COLUMN));
        for (int s = 0; s < names.size(); s++) {
            int column = CHART_DATA_COLUMN + 1 + s;
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(categories,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column,
                            column)));
            bar.setTitle(names.get(s), new CellReference(sheet.getSheetName(), HEADER_ROW, column, true, true));
            bar.setShapeProperties(s < distributionSeries ? ReportCharts.distribution(s)
                    : ReportCharts.own(s - distributionSeries));
        }
        chart.plot(data);
    }

    private void valueMatrix(Map<String, KpiDistribution> byLabel) {
        XSSFSheet sheet = sheet(texts.get("report.valueMatrix"));
        text(sheet, 0, 0, texts.get("report.valueMatrix"), styles.title());
        text(sheet, 1, 0, texts.get("report.valueMatrix.help"), styles.note());
        headers(sheet, HEADER_ROW, "report.column.group", "report.quadrant.eliminate", "report.quadrant.simplify",
                "report.quadrant.automate", "report.quadrant.leverage", "report.column.avoidable");
        KpiDistribution avoidable = byLabel.get("AVC");
        int r = HEADER_ROW + 1;
        if (avoidable != null) {
            for (Distributions.Cell group : avoidable.cells()) {
                List<Distributions.Cell> row = new ArrayList<>();
                for (String quadrant : QUADRANTS) {
                    row.add(find(byLabel.get("VMX[" + quadrant + "]"), group));
                }
                row.add(group);
                if (row.stream().noneMatch(cell -> cell != null && cell.shown()) && !"all".equals(group.sector())) {
                    continue;
                }
                text(sheet, r, 0, texts.group(group), styles.text());
                for (int c = 0; c < row.size(); c++) {
                    Distributions.Cell cell = row.get(c);
                    if (cell != null && cell.shown()) {
                        decimal(sheet, r, 1 + c, cell.median());
                    } else {
                        text(sheet, r, 1 + c, cell == null ? "–" : texts.reason(cell), styles.note());
                    }
                }
                r++;
            }
            r++;
            for (OwnValue unit : avoidable.own()) {
                text(sheet, r, 0, texts.format("report.own", unit.unitName()), styles.bold());
                int row = r;
                for (int q = 0; q < QUADRANTS.length; q++) {
                    int column = 1 + q;
                    byLabel.get("VMX[" + QUADRANTS[q] + "]").own().stream()
                            .filter(found -> found.unitId() == unit.unitId()).findFirst()
                            .ifPresent(found -> decimal(sheet, row, column, found.value()));
                }
                decimal(sheet, r, 5, unit.value());
                r++;
            }
        }
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c <= 5; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
        SheetPrinting.onePageWide(sheet, HEADER_ROW, labels);
    }

    private static Distributions.Cell find(KpiDistribution kpi, Distributions.Cell like) {
        return kpi == null ? null : kpi.cells().stream().filter(cell -> cell.sourcing().equals(like.sourcing())
                && cell.sector().equals(like.sector()) && cell.size().equals(like.size())).findFirst().orElse(null);
    }

    private void vendors(List<KpiDistribution> kpis) {
        XSSFSheet sheet = sheet(texts.get("report.vendors"));
        text(sheet, 0, 0, texts.get("report.vendors"), styles.title());
        text(sheet, 1, 0, texts.format("report.vendors.help"), styles.note());
        headers(sheet, HEADER_ROW, "report.column.kpi", "report.column.vendor", "report.column.clients",
                "report.column.value", "report.column.rank", "report.column.note");
        int r = HEADER_ROW + 1;
        for (KpiDistribution kpi : kpis) {
            for (PooledVendorFigure vendor : kpi.vendors()) {
                text(sheet, r, 0, texts.kpiTitle(kpi.kpi()), styles.text());
                text(sheet, r, 1, texts.vendor(vendor), vendor.isOwn() ? styles.bold() : styles.text());
                if (vendor.shown()) {
                    integer(sheet, r, 2, vendor.clients());
                    decimal(sheet, r, 3, vendor.value());
                    if (vendor.rank() != null) {
                        integer(sheet, r, 4, vendor.rank());
                    }
                } else {
                    text(sheet, r, 5, texts.get("report.vendors.fewClients"), styles.note());
                }
                r++;
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(5, 30 * 256);
        SheetPrinting.onePageWide(sheet, HEADER_ROW, labels);
    }

    /**
     * One row per figure and column: the figure with its n and 95 % interval as numbers, the previous wave's figure,
     * the difference and its verdict in words, and a vendor's verdict against the rest of the total (SCORING.md
     * §5.7–§5.8). A hidden cell gets its reason and nothing else.
     */
    private void survey(YearlyReport report) {
        XSSFSheet sheet = sheet(texts.get("report.survey"));
        text(sheet, 0, 0, texts.get("report.survey"), styles.title());
        YearlyReport.Survey survey = report.survey();
        if (survey == null) {
            text(sheet, 1, 0, texts.format("report.survey.none", report.period().label()), styles.note());
            SheetPrinting.onePageWide(sheet, -1, labels);
            return;
        }
        SignificanceWords words = SignificanceWords.of(texts.locale());
        text(sheet, 1, 0, texts.format("report.survey.campaign", survey.title(), survey.responses()), styles.text());
        // the notes above and beside the table run on to the right instead of wrapping in a narrow column
        text(sheet, 2, 0, survey.previousWave() == null ? texts.get("report.survey.noPrevious")
                : texts.format("report.survey.previous", survey.previousWave().title()), styles.text());
        headers(sheet, HEADER_ROW + 1, "report.column.question", "report.survey.column.measure",
                "report.survey.column.group", "report.survey.column.n", "report.survey.column.value",
                "report.survey.column.lower", "report.survey.column.upper", "report.survey.column.previous",
                "report.survey.column.difference", "report.survey.column.change", "report.survey.column.vsRest",
                "report.survey.column.note");
        text(sheet, HEADER_ROW, 0, words.method(), styles.text());
        int r = HEADER_ROW + 2;
        for (SurveyMeasure measure : SurveyMeasure.of(survey, words)) {
            for (int c = 0; c < survey.columns().size(); c++) {
                surveyRow(sheet, r++, measure, measure.cells().get(c), survey, words);
            }
        }
        sheet.setColumnWidth(0, 70 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        for (int c = 3; c <= 8; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.setColumnWidth(9, 24 * 256);
        sheet.setColumnWidth(10, 24 * 256);
        sheet.setColumnWidth(11, 50 * 256);
        SheetPrinting.onePageWide(sheet, HEADER_ROW + 1, labels);
    }

    private void surveyRow(XSSFSheet sheet, int r, SurveyMeasure measure, ResultCell cell,
                           YearlyReport.Survey survey, SignificanceWords words) {
        text(sheet, r, 0, measure.item(), styles.text());
        text(sheet, r, 1, measure.measure(), styles.text());
        text(sheet, r, 2, cell.column().label(), styles.text());
        BigDecimal value = measure.valueOf(cell);
        if (value == null) {
            if (cell.noSpread() && cell.figures() != null) {
                integer(sheet, r, 3, cell.figures().n());
            }
            text(sheet, r, 11, cell.noSpread() ? texts.get("report.survey.noSpread")
                    : texts.get("report.survey.hidden"), styles.text());
            return;
        }
        integer(sheet, r, 3, cell.figures().n());
        surveyNumber(sheet, r, 4, value, measure);
        ShownInterval interval = measure.intervalOf(cell);
        if (interval != null) {
            surveyNumber(sheet, r, 5, interval.lower(), measure);
            surveyNumber(sheet, r, 6, interval.upper(), measure);
        }
        if (survey.previousWave() != null && measure.wave() != WaveStatus.NO_PREVIOUS_WAVE) {
            if (!measure.compared()) {
                text(sheet, r, 11, words.notComparable(survey.previousWave(), measure.wave()), styles.text());
            } else if (measure.differenceOf(cell) == null) {
                text(sheet, r, 11, words.previousMissing(cell), styles.text());
            } else {
                surveyNumber(sheet, r, 7, measure.previousValueOf(cell), measure);
                BigDecimal difference = measure.differenceOf(cell);
                Cell written = row(sheet, r).createCell(8);
                written.setCellValue(difference.doubleValue());
                written.setCellStyle(signedStyle(difference.scale()));
                text(sheet, r, 9, words.change(measure.changeOf(cell)), styles.text());
            }
        }
        Significance vsRest = measure.vsRestOf(cell, words);
        if (vsRest != null) {
            text(sheet, r, 10, words.vsRest(vsRest), styles.text());
        }
    }

    /** A survey figure as a number: an NPS with its sign, the others with the decimals they are shown with. */
    private void surveyNumber(Sheet sheet, int r, int c, BigDecimal value, SurveyMeasure measure) {
        if (!measure.signed()) {
            decimal(sheet, r, c, value);
        } else if (value != null) {
            Cell cell = row(sheet, r).createCell(c);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(signedStyle(value.scale()));
        }
    }

    private CellStyle signedStyle(int decimals) {
        int scale = Math.max(0, Math.min(decimals, 4));
        return signed.computeIfAbsent(scale, s -> {
            String digits = s == 0 ? "0" : "0." + "0".repeat(s);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("+" + digits + ";-" + digits + ";" + digits));
            return style;
        });
    }

    private XSSFSheet sheet(String wanted) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        if (name.length() > 28) {
            name = name.substring(0, 28);
        }
        String unique = name;
        for (int i = 2; !sheetNames.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = name + " " + i;
        }
        return workbook.createSheet(unique);
    }

    private void headers(Sheet sheet, int r, String... keys) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < keys.length; c++) {
            cell(row, c, texts.get(keys[c]), styles.header());
        }
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        cell(row(sheet, r), c, value, style);
    }

    private void integer(Sheet sheet, int r, int c, int value) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
    }

    /** A number with the decimals it is shown with ("0.0" for 82.5), never as text; nothing for none. */
    private void decimal(Sheet sheet, int r, int c, BigDecimal value) {
        if (value == null) {
            return;
        }
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value.doubleValue());
        int scale = Math.max(0, Math.min(value.scale(), 4));
        cell.setCellStyle(decimals.computeIfAbsent(scale, s -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
            return style;
        }));
    }
}
