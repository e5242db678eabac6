package org.ccbench.report;

import java.time.LocalDate;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.Wave;

/**
 * The participants' yearly report (issue 17 §4) as one reader may read it: the figures only, rendered by
 * {@link org.ccbench.report.export.YearlyReportPdf} and {@link org.ccbench.report.export.YearlyReportWorkbook}.
 *
 * @param edition    the published edition the benchmark figures come from; null for live figures ("live, not yet
 *                   published")
 * @param generatedOn the day it was generated, in the portal's time zone
 * @param survey     the year's published client-satisfaction campaign as the reader may read it; null without one
 */
public record YearlyReport(BenchmarkPeriod period, EditionStamp edition, LocalDate generatedOn,
                           Distributions.Report benchmark, Survey survey) {

    /**
     * The survey's satisfaction indices and key questions (likert and NPS), in the columns the reader may see; cells
     * that anonymity hides carry no figures and no statistics (their reason is in {@code visibility}). Each shown cell
     * carries its 95 % intervals, vendor verdict and previous wave exactly as the results page has them (SCORING.md
     * §5.7–§5.8).
     *
     * @param previousWave the wave the cells are compared with, or null when there is none the reader may read
     */
    public record Survey(String title, int responses, List<ResultColumn> columns, List<IndexResult> indices,
                         List<QuestionResult> questions, Wave previousWave) {

        public Survey {
            columns = List.copyOf(columns);
            indices = List.copyOf(indices);
            questions = List.copyOf(questions);
        }
    }
}
