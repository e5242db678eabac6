package org.ccbench.report.export;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.Distributions.OwnValue;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * One KPI's shown peer groups as horizontal box plots drawn with PDF vector operators (a form XObject, no bitmap): the
 * box P25–P75, the median as a bar, whiskers to P10 and P90 where the group has at least 10 organisations; and each
 * of the reader's own units as a dashed vertical line with its name.
 */
final class PdfBoxPlot {

    static final float WIDTH = 523;
    private static final float LABEL_WIDTH = 190;
    private static final float ROW = 13;
    private static final float TOP = 22;
    private static final float BOTTOM = 18;
    private static final Color BOX = new Color(0x9E, 0xC5, 0xE8);
    private static final Color LINE = new Color(0x1F, 0x4E, 0x79);
    private static final Color OWN = new Color(0xD6, 0x27, 0x28);

    private PdfBoxPlot() {
    }

    /** @param cells the shown cells, in the order drawn top to bottom; not empty */
    static Image of(PdfContentByte canvas, List<Cell> cells, List<OwnValue> own, ReportTexts texts) {
        float height = TOP + BOTTOM + ROW * cells.size();
        PdfTemplate chart = canvas.createTemplate(WIDTH, height);
        BaseFont font = font();
        double min = values(cells, own).min().orElse(0);
        double max = values(cells, own).max().orElse(1);
        if (max - min < 1e-9) {
            max = min + 1;
        }
        double pad = (max - min) * 0.05;
        Scale scale = new Scale(min - pad, max + pad, LABEL_WIDTH, WIDTH - 10);
        axis(chart, font, scale, height, texts);
        for (int i = 0; i < cells.size(); i++) {
            float y = height - TOP - ROW * (i + 1) + 3;
            row(chart, font, cells.get(i), y, scale, texts);
        }
        for (OwnValue value : own) {
            float x = scale.x(value.value().doubleValue());
            chart.setColorStroke(OWN);
            chart.setLineWidth(1.2f);
            chart.setLineDash(3, 2, 0);
            chart.moveTo(x, BOTTOM);
            chart.lineTo(x, height - TOP + 4);
            chart.stroke();
            chart.setLineDash(0);
            text(chart, font, 6.5f, OWN, texts.format("report.own", value.unitName()) + " " + texts.number(
                    value.value()), x, height - TOP + 6, PdfContentByte.ALIGN_CENTER);
        }
        try {
            return Image.getInstance(chart);
        } catch (BadElementException e) {
            throw new IllegalStateException("Could not place the chart", e);
        }
    }

    private static void row(PdfTemplate chart, BaseFont font, Cell cell, float y, Scale scale, ReportTexts texts) {
        text(chart, font, 6.5f, Color.DARK_GRAY, texts.group(cell), LABEL_WIDTH - 4, y + 2,
                PdfContentByte.ALIGN_RIGHT);
        chart.setColorStroke(LINE);
        chart.setLineWidth(0.8f);
        float mid = y + 4;
        if (cell.p10() != null && cell.p90() != null) {
            chart.moveTo(scale.x(cell.p10().doubleValue()), mid);
            chart.lineTo(scale.x(cell.p25().doubleValue()), mid);
            chart.moveTo(scale.x(cell.p75().doubleValue()), mid);
            chart.lineTo(scale.x(cell.p90().doubleValue()), mid);
            chart.stroke();
        }
        float left = scale.x(cell.p25().doubleValue());
        float right = scale.x(cell.p75().doubleValue());
        chart.setColorFill(BOX);
        chart.rectangle(left, y, Math.max(right - left, 0.5f), 8);
        chart.fillStroke();
        float median = scale.x(cell.median().doubleValue());
        chart.setLineWidth(2f);
        chart.moveTo(median, y);
        chart.lineTo(median, y + 8);
        chart.stroke();
    }

    private static void axis(PdfTemplate chart, BaseFont font, Scale scale, float height, ReportTexts texts) {
        chart.setColorStroke(Color.GRAY);
        chart.setLineWidth(0.5f);
        chart.moveTo(scale.left(), BOTTOM);
        chart.lineTo(scale.right(), BOTTOM);
        chart.stroke();
        for (int i = 0; i <= 4; i++) {
            double value = scale.min() + (scale.max() - scale.min()) * i / 4;
            float x = scale.x(value);
            chart.moveTo(x, BOTTOM);
            chart.lineTo(x, BOTTOM - 3);
            chart.stroke();
            text(chart, font, 6, Color.GRAY, texts.numbers().number(BigDecimal.valueOf(value), 1), x, BOTTOM - 10,
                    PdfContentByte.ALIGN_CENTER);
        }
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, Color color, String text, float x, float y,
                             int align) {
        chart.beginText();
        chart.setFontAndSize(font, size);
        chart.setColorFill(color);
        chart.showTextAligned(align, text, x, y, 0);
        chart.endText();
    }

    private static java.util.stream.DoubleStream values(List<Cell> cells, List<OwnValue> own) {
        return Stream.concat(cells.stream().flatMap(cell -> Stream.of(cell.p10(), cell.p25(), cell.median(),
                cell.p75(), cell.p90())), own.stream().map(OwnValue::value))
                .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue);
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Scale(double min, double max, float left, float right) {
        float x(double value) {
            return (float) (left + (value - min) / (max - min) * (right - left));
        }
    }
}
