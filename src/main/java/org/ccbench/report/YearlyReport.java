package org.ccbench.report;

import java.time.LocalDate;
import java.util.List;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResultColumn;

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
     * that anonymity hides carry no figures (their reason is in {@code visibility}).
     */
    public record Survey(String title, int responses, List<ResultColumn> columns, List<IndexResult> indices,
                         List<QuestionResult> questions) {

        public Survey {
            columns = List.copyOf(columns);
            indices = List.copyOf(indices);
            questions = List.copyOf(questions);
        }
    }
}
