package org.ccbench.survey;

import java.util.List;

/**
 * Everything a reader may see of one campaign's results, in the reader's language. Every {@link QuestionResult} and
 * {@link IndexResult} has one cell per column, in column order.
 *
 * @param responses        submitted responses in the campaign
 * @param rates            the response rate: the campaign first, then its segments
 * @param breakdownQuestion the single_choice question the columns break down by, or null for the default breakdown
 *                         (in-house, outsourced and vendors)
 * @param breakdownChoices the single_choice questions a reader may break the results down by instead
 * @param previousWave     the previous wave the cells are compared with (SCORING.md §5.8), or null
 * @param trends           per index, its total over every readable wave, this one last; empty without earlier waves
 */
public record CampaignResults(Campaign campaign, String templateTitle, int responses, List<ResponseRate> rates,
                              List<ResultColumn> columns, String breakdownQuestion,
                              List<BreakdownChoice> breakdownChoices, List<IndexResult> indices,
                              List<QuestionResult> questions, int minRespondents, int minRatersPerVendor,
                              Wave previousWave, List<IndexTrend> trends) {

    public CampaignResults {
        rates = List.copyOf(rates);
        columns = List.copyOf(columns);
        breakdownChoices = List.copyOf(breakdownChoices);
        indices = List.copyOf(indices);
        questions = List.copyOf(questions);
        trends = trends == null ? List.of() : List.copyOf(trends);
    }

    /** Results without earlier waves. */
    public CampaignResults(Campaign campaign, String templateTitle, int responses, List<ResponseRate> rates,
                           List<ResultColumn> columns, String breakdownQuestion,
                           List<BreakdownChoice> breakdownChoices, List<IndexResult> indices,
                           List<QuestionResult> questions, int minRespondents, int minRatersPerVendor) {
        this(campaign, templateTitle, responses, rates, columns, breakdownQuestion, breakdownChoices, indices,
                questions, minRespondents, minRatersPerVendor, null, List.of());
    }

    /** A question the results can be broken down by. */
    public record BreakdownChoice(String questionId, String text) {
    }
}
