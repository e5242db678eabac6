package org.ccbench.survey.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.IndexResult;
import org.ccbench.survey.QuestionResult;
import org.ccbench.survey.ResponseRate;
import org.ccbench.survey.ResultColumn;
import org.ccbench.survey.Wave;
import org.ccbench.template.QuestionType;

/**
 * One campaign's results as ResultsService gives them to the results page: columns, the indices and every question,
 * one cell per column in column order.
 *
 * @param responses          submitted responses
 * @param responseRate       the campaign's response rate (percent, one decimal), null before anyone was invited
 * @param breakdownQuestion  the question the columns break down by; null for the default (in-house, outsourced,
 *                           vendors)
 * @param breakdownChoices   the questions a reader may pass as {@code breakdown}
 * @param minRespondents     A5: the respondents a cell needs
 * @param minRatersPerVendor A3: the rating organisations a vendor's cell needs
 * @param previousWave       the previous wave of the same questionnaire the reader may read, or null; each question's
 *                           and index's {@code wave} says whether it is compared with it ({@code compared}) or why not
 *                           ({@code no_previous_wave}, {@code new_question}, {@code type_changed},
 *                           {@code scale_changed}, {@code options_changed}, {@code reworded}, {@code index_changed})
 */
record ApiCampaignResults(long campaignId, String title, String templateTitle, String templateId,
                          String templateVersion, int responses, BigDecimal responseRate, Integer invited,
                          Integer submitted, List<Column> columns, String breakdownQuestion,
                          List<Choice> breakdownChoices, int minRespondents, int minRatersPerVendor,
                          PreviousWave previousWave, List<Index> indices, List<Question> questions) {

    /** The earlier campaign of the same questionnaire that the cells' {@code previous} figures come from. */
    @Schema(name = "SurveyPreviousWave")
    record PreviousWave(long campaignId, String title) {

        static PreviousWave of(Wave wave) {
            return wave == null ? null : new PreviousWave(wave.campaignId(), wave.title());
        }
    }

    /**
     * A column: {@code kind} TOTAL, SOURCING_MODEL, VENDOR or ANSWER; vendors under a letter unless the campaign names
     * them.
     */
    @Schema(name = "SurveyColumn")
    record Column(String key, String kind, String label) {

        static Column of(ResultColumn column) {
            return new Column(column.key(), column.kind().name(), column.label());
        }
    }

    @Schema(name = "SurveyBreakdownChoice")
    record Choice(String questionId, String text) {
    }

    /**
     * An index such as the client satisfaction index: per cell, {@code mean} is the index (0–100), n its raters; a cell
     * without spread gives neither.
     */
    @Schema(name = "SurveyIndexResult")
    record Index(String indexId, String name, String wave, List<ApiResultCell> cells) {

        static Index of(IndexResult index, boolean previousWave) {
            return new Index(index.indexId(), index.name(), ApiWaveStatistics.wave(index.wave()), index.cells()
                    .stream().map(cell -> ApiResultCell.ofIndex(cell, index.wave(), previousWave)).toList());
        }
    }

    /** A question; free-text answers ({@code texts}) reach the benchmark administrator only, never per vendor. */
    @Schema(name = "SurveyQuestionResult")
    record Question(String questionId, String type, String section, String text, String wave,
                    List<ApiResultCell> cells, List<String> texts) {

        static Question of(QuestionResult question, boolean previousWave) {
            boolean freeText = question.type() == QuestionType.TEXT;
            return new Question(question.questionId(), question.type().name(), question.section(), question.text(),
                    ApiWaveStatistics.wave(question.wave()), question.cells().stream()
                    .map(cell -> freeText ? ApiResultCell.freeText(cell)
                            : ApiResultCell.of(cell, question.wave(), previousWave)).toList(),
                    question.texts());
        }
    }

    static ApiCampaignResults of(CampaignResults results) {
        ResponseRate rate = results.rates().isEmpty() ? null : results.rates().getFirst();
        boolean previousWave = results.previousWave() != null;
        return new ApiCampaignResults(results.campaign().id(), results.campaign().title(), results.templateTitle(),
                results.campaign().templateId(), results.campaign().templateVersion(), results.responses(),
                rate == null ? null : rate.percent(), rate == null ? null : rate.invited(),
                rate == null ? null : rate.submitted(), results.columns().stream().map(Column::of).toList(),
                results.breakdownQuestion(), results.breakdownChoices().stream()
                .map(choice -> new Choice(choice.questionId(), choice.text())).toList(),
                results.minRespondents(), results.minRatersPerVendor(), PreviousWave.of(results.previousWave()),
                results.indices().stream().map(index -> Index.of(index, previousWave)).toList(),
                results.questions().stream().map(question -> Question.of(question, previousWave)).toList());
    }
}
