package org.ccbench.report.export;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.Wave;
import org.ccbench.survey.WaveStatus;
import org.ccbench.survey.export.SignificanceWords;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The survey table of the PDF: per figure a row with its value per column, then the rows the results page adds under
 * it (SCORING.md §5.7–§5.8) — the 95 % interval, a vendor against the rest of the total, the previous wave and the
 * change, or why the figure is not compared. A change reads "significantly up/down" only when it is significant; a
 * hidden cell stays empty in every added row.
 */
final class SurveyPdfRows {

    private static final Color UP = new Color(0x1B, 0x6E, 0x3A);
    private static final Color DOWN = new Color(0xB0, 0x2A, 0x2A);

    private final PdfPTable table;
    private final SignificanceWords words;
    private final Wave previousWave;
    private final Font text;
    private final Font bold;
    private final Font note;

    SurveyPdfRows(PdfPTable table, SignificanceWords words, Wave previousWave, Font text, Font bold, Font note) {
        this.table = table;
        this.words = words;
        this.previousWave = previousWave;
        this.text = text;
        this.bold = bold;
        this.note = note;
    }

    void addAll(List<SurveyMeasure> measures) {
        measures.forEach(this::add);
    }

    private void add(SurveyMeasure measure) {
        String title = measure.headline() ? measure.item() + " · " + measure.measure() : measure.measure();
        row(title, measure.headline() ? bold : text, measure.cells(), cell -> figure(measure, cell));
        row(words.page(measure.headline() ? "results.row.interval" : "results.row.top2Interval"), note,
                measure.cells(), cell -> {
                    ShownInterval interval = measure.intervalOf(cell);
                    return interval == null ? null
                            : plain(words.interval(interval, measure.signed(), measure.percent()));
                });
        if (measure.hasVsRest(words)) {
            row(words.page("results.row.vsRest"), note, measure.cells(), cell -> {
                Significance verdict = measure.vsRestOf(cell, words);
                return verdict == null ? null : verdict(words.vsRest(verdict), verdict);
            });
        }
        if (previousWave == null || measure.wave() == WaveStatus.NO_PREVIOUS_WAVE) {
            return;
        }
        if (!measure.compared()) {
            if (measure.headline()) {
                PdfPCell why = new PdfPCell(new Phrase(words.notComparable(previousWave, measure.wave()), note));
                why.setColspan(measure.cells().size() + 1);
                table.addCell(why);
            }
            return;
        }
        row(words.page(measure.headline() ? "results.row.previous" : "results.row.top2Previous",
                previousWave.title()), note, measure.cells(), cell -> previous(measure, cell));
        row(words.page(measure.headline() ? "results.row.change" : "results.row.top2Change"), note,
                measure.cells(), cell -> {
                    BigDecimal difference = measure.differenceOf(cell);
                    if (difference == null) {
                        return null;
                    }
                    Significance change = measure.changeOf(cell);
                    return verdict(measure.differenceText(difference, words) + "\n" + words.change(change), change);
                });
    }

    private PdfPCell figure(SurveyMeasure measure, ResultCell cell) {
        BigDecimal value = measure.valueOf(cell);
        if (value != null) {
            return plain(words.figure(value, measure.signed(), measure.percent()));
        }
        if (!cell.shown() && !cell.noSpread()) {
            return new PdfPCell(new Phrase(words.label("report.survey.hidden"), note));
        }
        return new PdfPCell(new Phrase(cell.noSpread() ? words.label("report.survey.noSpread") : "–", note));
    }

    /** The previous figure, or for a shown cell without one: "–" when the column is not in that wave, else why. */
    private PdfPCell previous(SurveyMeasure measure, ResultCell cell) {
        if (measure.valueOf(cell) == null) {
            return null;
        }
        BigDecimal value = measure.previousValueOf(cell);
        if (value != null) {
            return plain(words.figure(value, measure.signed(), measure.percent()));
        }
        PreviousCell previous = measure.previousOf(cell);
        PdfPCell missing = new PdfPCell(new Phrase(previous == null ? "–" : words.label("report.survey.hidden"),
                note));
        missing.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return missing;
    }

    private void row(String label, Font labelFont, List<ResultCell> cells, Function<ResultCell, PdfPCell> content) {
        table.addCell(new PdfPCell(new Phrase(label, labelFont)));
        for (ResultCell cell : cells) {
            PdfPCell written = content.apply(cell);
            table.addCell(written == null ? new PdfPCell(new Phrase("", text)) : written);
        }
    }

    private PdfPCell plain(String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value, text));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Green or red and bold when significant; plain words otherwise, never an arrow. */
    private PdfPCell verdict(String value, Significance significance) {
        Font font = switch (significance) {
            case HIGHER -> new Font(bold.getFamily(), bold.getSize(), Font.BOLD, UP);
            case LOWER -> new Font(bold.getFamily(), bold.getSize(), Font.BOLD, DOWN);
            case NOT_SIGNIFICANT, NOT_TESTABLE -> text;
        };
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
