package org.ccbench.kpi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Translations;
import org.ccbench.base.api.ApiPage;
import org.ccbench.base.api.ApiPaging;
import org.ccbench.kpi.SubmissionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A unit's derived KPIs per month over HTTP (issue 17 §5); SubmissionService decides who reads which unit. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "KPI submissions", description = "Monthly KPI submissions of the token's organisation")
@SecurityRequirement(name = OpenApiConfig.BEARER)
class DerivedKpiApiController {

    private final SubmissionService submissions;
    private final Clock clock;

    DerivedKpiApiController(SubmissionService submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/units/{unitId}/kpis")
    @Operation(summary = "The unit's derived KPIs for each month from 'from' to 'to' (default: the last 12 months), "
            + "oldest first", description = "Per month the approved revision's KPIs (those that count) and the "
            + "latest revision's with its status, each computed from the revision's own inputs and definitions, "
            + "with the catalogue's unit and display decimals (names in English, or Dutch with Accept-Language: nl). "
            + "Paged by month: 'page' (0-based) and 'size' (1–500, default 100).")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "months",
            value = "{\"items\": [" + DerivedKpiApiExamples.MONTH + "], \"page\": 0, \"size\": 100, \"total\": 12}")))
    ApiPage<ApiDerivedMonth> months(
            @PathVariable long unitId,
            @Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
            @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to,
            @Parameter(description = "0-based page number (default 0)") @RequestParam(required = false) String page,
            @Parameter(description = "months per page, 1–500 (default 100)") @RequestParam(required = false)
            String size, Locale locale) {
        YearMonth last = to == null ? YearMonth.now(clock).minusMonths(1) : ApiInputs.month(to, "to");
        YearMonth first = from == null ? last.minusMonths(11) : ApiInputs.month(from, "from");
        long count = ChronoUnit.MONTHS.between(first, last) + 1;
        if (count < 1 || count > KpiApiController.MAX_MONTHS) {
            throw new ApiInputs.BadApiRequestException(
                    "'from' must not be after 'to', and the range at most " + KpiApiController.MAX_MONTHS + " months");
        }
        ApiPaging paging = ApiPaging.of(page, size);
        if (submissions.readableUnits().stream().noneMatch(unit -> unit.id() == unitId)) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        ApiPage<YearMonth> onPage = ApiPage.of(months, paging);
        return new ApiPage<>(onPage.items().stream().map(month -> month(unitId, month, locale)).toList(),
                onPage.page(), onPage.size(), onPage.total());
    }

    @GetMapping("/units/{unitId}/kpis/{period}")
    @Operation(summary = "The unit's derived KPIs of one month: the approved revision's and the latest revision's")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "month",
            value = DerivedKpiApiExamples.MONTH)))
    ApiDerivedMonth month(@PathVariable long unitId,
                          @Parameter(description = "the month, yyyy-MM") @PathVariable String period, Locale locale) {
        return month(unitId, ApiInputs.month(period, "period"), locale);
    }

    private ApiDerivedMonth month(long unitId, YearMonth month, Locale locale) {
        return submissions.derivedKpis(unitId, month, Translations.supported(locale)).map(ApiDerivedMonth::of)
                .orElseGet(() -> ApiDerivedMonth.missing(unitId, month));
    }
}
