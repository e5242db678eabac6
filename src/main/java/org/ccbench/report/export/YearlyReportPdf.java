package org.ccbench.report.export;

import java.awt.Color;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccbench.benchmark.Distributions.Cell;
import org.ccbench.benchmark.Distributions.KpiDistribution;
import org.ccbench.benchmark.Distributions.OwnValue;
import org.ccbench.benchmark.PooledVendorFigure;
import org.ccbench.report.YearlyReport;
import org.ccbench.survey.export.SignificanceWords;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The yearly report as a PDF: cover, each KPI's distribution (a vector box-plot chart with the reader's own units
 * marked, the table of shown groups, the hidden groups with their reasons), the value matrix, the pooled vendors and
 * the survey's index and key questions. Hidden figures never reach it: the report holds none.
 */
public final class YearlyReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 7.5f, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 7.5f, Font.NORMAL);
    private static final Font NOTE = new Font(Font.HELVETICA, 7.5f, Font.ITALIC, Color.GRAY);
    private static final String[] QUADRANTS = {"eliminate", "simplify", "automate", "leverage"};

    private final ReportTexts texts;
    private final Document document;
    private final PdfWriter writer;

    private YearlyReportPdf(ReportTexts texts, Document document, PdfWriter writer) {
        this.texts = texts;
        this.document = document;
        this.writer = writer;
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void write(YearlyReport report, Locale locale, OutputStream out) {
        ReportTexts texts = new ReportTexts(locale);
        Document document = new Document(PageSize.A4, 36, 36, 36, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(texts.format("report.title", report.period().label()));
            document.addCreator("CCBench");
            HeaderFooter footer = new HeaderFooter(new Phrase(texts.get("scorecard.pdf.page") + " ", NOTE), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            new YearlyReportPdf(texts, document, writer).write(report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the yearly report", e);
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof java.io.IOException io) {
                throw new UncheckedIOException("Could not write the yearly report", io);
            }
            throw e;
        }
    }

    private void write(YearlyReport report) {
        add(new Paragraph(texts.format("report.title", report.period().label()), TITLE));
        add(new Paragraph(texts.format("report.edition", texts.edition(report)), HEADING));
        add(new Paragraph(texts.format("report.generated", report.generatedOn().toString()), TEXT));
        add(new Paragraph(texts.get("report.intro"), TEXT));
        add(new Paragraph(texts.get("report.own.help"), NOTE));
        section("report.distributions");
        for (KpiDistribution kpi : report.benchmark().kpis()) {
            distribution(kpi);
        }
        document.newPage();
        valueMatrix(report.benchmark().byLabel());
        vendors(report.benchmark().kpis());
        survey(report);
    }

    private void distribution(KpiDistribution kpi) {
        Paragraph heading = new Paragraph(texts.kpiTitle(kpi.kpi()), HEADING);
        heading.setSpacingBefore(8);
        add(heading);
        if (!kpi.definition().isEmpty()) {
            add(new Paragraph(texts.definition(kpi.definition()), NOTE));
        }
        List<Cell> shown = kpi.cells().stream().filter(Cell::shown).toList();
        if (!shown.isEmpty()) {
            Image chart = PdfBoxPlot.of(writer.getDirectContent(), shown, kpi.own(), texts);
            chart.setAlignment(Element.ALIGN_LEFT);
            add(chart);
        }
        PdfPTable table = table(new float[] {4, 0.8f, 1, 1, 1, 1, 1, 1});
        headers(table, "report.column.group", "report.column.n", "report.column.p10", "report.column.p25",
                "report.column.median", "report.column.p75", "report.column.p90", "report.column.mean");
        Map<String, List<String>> hiddenSectors = new LinkedHashMap<>();
        for (Cell cell : kpi.cells()) {
            boolean topLevel = "all".equals(cell.sector());
            if (cell.shown()) {
                table.addCell(text(texts.group(cell), TEXT));
                table.addCell(number(String.valueOf(cell.n())));
                table.addCell(number(tail(cell.p10())));
                for (var value : List.of(cell.p25(), cell.median(), cell.p75())) {
                    table.addCell(number(texts.number(value)));
                }
                table.addCell(number(tail(cell.p90())));
                table.addCell(number(texts.number(cell.mean())));
            } else if (topLevel) {
                table.addCell(text(texts.group(cell), TEXT));
                PdfPCell reason = text(texts.reason(cell), NOTE);
                reason.setColspan(7);
                table.addCell(reason);
            } else {
                hiddenSectors.computeIfAbsent(texts.reason(cell) + "|" + cell.sourcing(), key -> new ArrayList<>())
                        .add("all".equals(cell.size()) ? texts.sector(cell) : texts.group(cell));
            }
        }
        add(table);
        hiddenSectors.forEach((key, groups) -> add(new Paragraph(texts.format("report.hiddenGroups",
                key.substring(key.indexOf('|') + 1).equals("in_house") ? texts.get("report.inHouse")
                        : texts.get("report.outsourced"), String.join(", ", groups),
                key.substring(0, key.indexOf('|'))), NOTE)));
        for (OwnValue own : kpi.own()) {
            add(new Paragraph(texts.format("report.own", own.unitName()) + ": " + texts.number(own.value()), BOLD));
        }
    }

    /** P10 or P90, or why there is none: below 10 organisations (§2.3). */
    private String tail(java.math.BigDecimal value) {
        return value == null ? texts.get("report.tails.short") : texts.number(value);
    }

    private void valueMatrix(Map<String, KpiDistribution> byLabel) {
        section("report.valueMatrix");
        add(new Paragraph(texts.get("report.valueMatrix.help"), NOTE));
        PdfPTable table = table(new float[] {4, 1, 1, 1, 1, 1.2f});
        headers(table, "report.column.group", "report.quadrant.eliminate", "report.quadrant.simplify",
                "report.quadrant.automate", "report.quadrant.leverage", "report.column.avoidable");
        KpiDistribution avoidable = byLabel.get("AVC");
        if (avoidable == null) {
            return;
        }
        for (int i = 0; i < avoidable.cells().size(); i++) {
            Cell groupCell = avoidable.cells().get(i);
            List<Cell> row = new ArrayList<>();
            for (String quadrant : QUADRANTS) {
                row.add(find(byLabel.get("VMX[" + quadrant + "]"), groupCell));
            }
            row.add(groupCell);
            if (row.stream().noneMatch(cell -> cell != null && cell.shown()) && !"all".equals(groupCell.sector())) {
                continue;
            }
            table.addCell(text(texts.group(groupCell), TEXT));
            for (Cell cell : row) {
                table.addCell(cell != null && cell.shown() ? number(texts.number(cell.median()))
                        : text(cell == null ? "–" : texts.reason(cell), NOTE));
            }
        }
        add(table);
        List<OwnValue> own = avoidable.own();
        for (OwnValue unit : own) {
            StringBuilder line = new StringBuilder(texts.format("report.own", unit.unitName()) + ":");
            for (String quadrant : QUADRANTS) {
                byLabel.get("VMX[" + quadrant + "]").own().stream().filter(found -> found.unitId() == unit.unitId())
                        .findFirst().ifPresent(found -> line.append(' ').append(texts.get("report.quadrant." + quadrant))
                                .append(' ').append(texts.number(found.value())).append(" ·"));
            }
            line.append(' ').append(texts.get("report.column.avoidable")).append(' ').append(texts.number(unit.value()));
            add(new Paragraph(line.toString(), BOLD));
        }
    }

    private static Cell find(KpiDistribution kpi, Cell like) {
        return kpi == null ? null : kpi.cells().stream().filter(cell -> cell.sourcing().equals(like.sourcing())
                && cell.sector().equals(like.sector()) && cell.size().equals(like.size())).findFirst().orElse(null);
    }

    private void vendors(List<KpiDistribution> kpis) {
        section("report.vendors");
        add(new Paragraph(texts.format("report.vendors.help"), NOTE));
        PdfPTable table = table(new float[] {4, 2, 1, 1, 1});
        headers(table, "report.column.kpi", "report.column.vendor", "report.column.clients", "report.column.value",
                "report.column.rank");
        for (KpiDistribution kpi : kpis) {
            List<String> hidden = new ArrayList<>();
            for (PooledVendorFigure vendor : kpi.vendors()) {
                if (!vendor.shown()) {
                    hidden.add(texts.vendor(vendor));
                    continue;
                }
                table.addCell(text(texts.kpiTitle(kpi.kpi()), TEXT));
                table.addCell(text(texts.vendor(vendor), vendor.isOwn() ? BOLD : TEXT));
                table.addCell(number(String.valueOf(vendor.clients())));
                table.addCell(number(texts.number(vendor.value())));
                table.addCell(number(vendor.rank() == null ? "–" : String.valueOf(vendor.rank())));
            }
            if (!hidden.isEmpty()) {
                table.addCell(text(texts.kpiTitle(kpi.kpi()), TEXT));
                PdfPCell note = text(texts.format("report.vendors.hidden", String.join(", ", hidden)), NOTE);
                note.setColspan(4);
                table.addCell(note);
            }
        }
        add(table);
    }

    private void survey(YearlyReport report) {
        section("report.survey");
        YearlyReport.Survey survey = report.survey();
        if (survey == null) {
            add(new Paragraph(texts.format("report.survey.none", report.period().label()), NOTE));
            return;
        }
        SignificanceWords words = SignificanceWords.of(texts.locale());
        add(new Paragraph(texts.format("report.survey.campaign", survey.title(), survey.responses()), TEXT));
        add(new Paragraph(survey.previousWave() == null ? texts.get("report.survey.noPrevious")
                : texts.format("report.survey.previous", survey.previousWave().title()), TEXT));
        float[] widths = new float[survey.columns().size() + 1];
        widths[0] = 4;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = table(widths);
        table.addCell(header(texts.get("report.column.question")));
        survey.columns().forEach(column -> table.addCell(header(column.label())));
        new SurveyPdfRows(table, words, survey.previousWave(), TEXT, BOLD, NOTE).addAll(SurveyMeasure.of(survey,
                words));
        add(table);
        if (survey.previousWave() != null) {
            add(new Paragraph("– = " + words.page("results.wave.noColumn"), NOTE));
        }
        add(new Paragraph(words.method(), NOTE));
    }

    private void section(String key) {
        Paragraph section = new Paragraph(texts.get(key), SECTION);
        section.setSpacingBefore(12);
        section.setSpacingAfter(4);
        add(section);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        return table;
    }

    private void headers(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(header(texts.get(key)));
        }
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
        return cell;
    }

    private static PdfPCell text(String text, Font font) {
        return new PdfPCell(new Phrase(text, font));
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the yearly report", e);
        }
    }
}
