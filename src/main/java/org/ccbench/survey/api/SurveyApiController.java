package org.ccbench.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.ccbench.base.Translations;
import org.ccbench.base.api.ApiPage;
import org.ccbench.base.api.ApiPaging;
import org.ccbench.base.api.BadApiRequestException;
import org.ccbench.survey.ResultsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey results over HTTP (issue 17 §5): the campaigns the token may read and one campaign's results, exactly as
 * ResultsService gives them to the results page, so only published campaigns reach a client or vendor and hidden cells
 * carry no number.
 */
@RestController
@RequestMapping(path = "/api/v1/survey", produces = "application/json")
@Tag(name = "Survey results", description = "Results of the published benchmark survey campaigns")
@SecurityRequirement(name = "bearer")
class SurveyApiController {

    private final ResultsService results;

    SurveyApiController(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/campaigns")
    @Operation(summary = "The campaigns whose results the token may read, the most recently closing first",
            description = "Published campaigns (the benchmark administrator's token also reads closed and open ones).")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "campaigns",
            value = SurveyApiExamples.CAMPAIGNS)))
    ApiPage<ApiCampaign> campaigns(
            @Parameter(description = "0-based page number (default 0)") @RequestParam(required = false) String page,
            @Parameter(description = "items per page, 1–500 (default 100)") @RequestParam(required = false)
            String size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(results.readableCampaigns().stream().map(ApiCampaign::of).toList(), paging);
    }

    @GetMapping("/campaigns/{campaignId}/results")
    @Operation(summary = "One campaign's results: columns, indices and questions with one cell per column",
            description = "Texts in English, or Dutch with Accept-Language: nl. A cell that the anonymity rules hide "
                    + "has no figures, only 'withheld': below_minimum, vendor_below_minimum, complementary, free_text "
                    + "(a free-text question has none), or "
                    + "no_spread (n only). A shown cell also gives, as the page's rows do, the 95 % 'interval' of "
                    + "its headline figure and 'top2Interval', for a vendor 'vsRest' (against the rest of the total), "
                    + "and when the question is compared with 'previousWave' (its 'wave' is 'compared') the previous "
                    + "wave's figure, the difference and 'change': up, down, not_significant or not_testable; a "
                    + "difference that is not significant is never up or down. 404 for a campaign that does not exist "
                    + "or is not published for you.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "results",
            value = SurveyApiExamples.RESULTS)))
    ApiCampaignResults results(
            @PathVariable long campaignId,
            @Parameter(description = "a question id from breakdownChoices to break the columns down by its answers "
                    + "(default: in-house, outsourced and vendors)") @RequestParam(required = false) String breakdown,
            Locale locale) {
        try {
            return ApiCampaignResults.of(results.results(campaignId, breakdown, Translations.supported(locale)));
        } catch (IllegalArgumentException e) {
            throw new BadApiRequestException("'breakdown' must be one of the campaign's breakdownChoices, not '"
                    + breakdown + "'");
        }
    }
}
