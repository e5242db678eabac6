package org.ccbench.report.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccbench.report.YearlyReport;
import org.ccbench.scoring.survey.significance.Significance;
import org.ccbench.survey.CellStatistics;
import org.ccbench.survey.PreviousCell;
import org.ccbench.survey.ResultCell;
import org.ccbench.survey.ResultFigures;
import org.ccbench.survey.ShownInterval;
import org.ccbench.survey.WaveStatus;
import org.ccbench.survey.export.SignificanceWords;
import org.ccbench.template.QuestionType;

/**
 * One figure of the report's survey section with what the results page shows beside it (SCORING.md §5.7–§5.8): an
 * index, a Likert mean, a Likert top-2-box or an NPS, each with its 95 % interval, the previous wave and the change;
 * the headline figure of a question (not its top-2-box) also carries the vendor-against-the-rest verdict. Every
 * accessor answers null for a cell that is hidden, so no file can show more than the page.
 *
 * @param item     the index's name or the question's text
 * @param measure  what the figure is ("Index", "Mean", "Top-2-box", "NPS")
 * @param headline the question's (or index's) main figure; false for a Likert question's top-2-box
 */
record SurveyMeasure(String item, String measure, boolean headline, List<ResultCell> cells, WaveStatus wave,
                     Function<ResultFigures, BigDecimal> value, Function<CellStatistics, ShownInterval> interval,
                     Function<PreviousCell, BigDecimal> previousValue, Function<PreviousCell, BigDecimal> difference,
                     Function<PreviousCell, Significance> change, boolean signed, boolean percent) {

    /** The indices first, then each key question: a Likert question gives its mean and its top-2-box. */
    static List<SurveyMeasure> of(YearlyReport.Survey survey, SignificanceWords words) {
        List<SurveyMeasure> measures = new ArrayList<>();
        survey.indices().forEach(index -> measures.add(new SurveyMeasure(index.name(),
                words.label("report.survey.index"), true, index.cells(), index.wave(), ResultFigures::mean,
                CellStatistics::interval, PreviousCell::value, PreviousCell::difference, PreviousCell::change,
                false, false)));
        survey.questions().forEach(question -> {
            if (question.type() == QuestionType.NPS0_10) {
                measures.add(new SurveyMeasure(question.text(), words.label("questions.nps"), true, question.cells(),
                        question.wave(), ResultFigures::nps, CellStatistics::interval, PreviousCell::value,
                        PreviousCell::difference, PreviousCell::change, true, false));
            } else if (question.type() == QuestionType.LIKERT5) {
                measures.add(new SurveyMeasure(question.text(), words.label("questions.mean"), true,
                        question.cells(), question.wave(), ResultFigures::mean, CellStatistics::interval,
                        PreviousCell::value, PreviousCell::difference, PreviousCell::change, false, false));
                measures.add(new SurveyMeasure(question.text(), words.label("questions.top2"), false,
                        question.cells(), question.wave(), ResultFigures::top2, CellStatistics::top2Interval,
                        PreviousCell::top2, PreviousCell::top2Difference, PreviousCell::top2Change, false, true));
            }
        });
        return measures;
    }

    /** The figure of a shown cell; null for a hidden one or one without spread. */
    BigDecimal valueOf(ResultCell cell) {
        return shown(cell) ? value.apply(cell.figures()) : null;
    }

    ShownInterval intervalOf(ResultCell cell) {
        return shown(cell) ? interval.apply(cell.statistics()) : null;
    }

    /** The previous wave's cell when this figure is compared and this cell is shown; null otherwise. */
    PreviousCell previousOf(ResultCell cell) {
        return shown(cell) && wave.compared() ? cell.statistics().previous() : null;
    }

    /** The previous wave's figure, when shown there. */
    BigDecimal previousValueOf(ResultCell cell) {
        PreviousCell previous = previousOf(cell);
        return previous != null && previous.shown() ? previousValue.apply(previous) : null;
    }

    BigDecimal differenceOf(ResultCell cell) {
        PreviousCell previous = previousOf(cell);
        return previous != null && previous.shown() ? difference.apply(previous) : null;
    }

    Significance changeOf(ResultCell cell) {
        return differenceOf(cell) == null ? null : change.apply(previousOf(cell));
    }

    /** The vendor against the rest of the total, on the headline figure of a shown vendor column only. */
    Significance vsRestOf(ResultCell cell, SignificanceWords words) {
        return headline ? words.vendorVerdict(cell) : null;
    }

    /** Whether any cell carries a vendor verdict (the page shows that row only then). */
    boolean hasVsRest(SignificanceWords words) {
        return cells.stream().anyMatch(cell -> vsRestOf(cell, words) != null);
    }

    /** Whether the measure is compared with a previous wave, so its cells get previous figures. */
    boolean compared() {
        return wave.compared();
    }

    /** The difference in the reader's notation: "+0.71", "+4.2 pp" for a share. */
    String differenceText(BigDecimal difference, SignificanceWords words) {
        return percent ? words.points(difference) : words.figure(difference, true, false);
    }

    private static boolean shown(ResultCell cell) {
        return cell.shown() && !cell.noSpread() && cell.figures() != null;
    }
}
