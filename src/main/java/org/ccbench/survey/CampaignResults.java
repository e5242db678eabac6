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
 */
public record CampaignResults(Campaign campaign, String templateTitle, int responses, List<ResponseRate> rates,
                              List<ResultColumn> columns, String breakdownQuestion,
                              List<BreakdownChoice> breakdownChoices, List<IndexResult> indices,
                              List<QuestionResult> questions, int minRespondents, int minRatersPerVendor) {

    public CampaignResults {
        rates = List.copyOf(rates);
        columns = List.copyOf(columns);
        breakdownChoices = List.copyOf(breakdownChoices);
        indices = List.copyOf(indices);
        questions = List.copyOf(questions);
    }

    /** A question the results can be broken down by. */
    public record BreakdownChoice(String questionId, String text) {
    }
}
