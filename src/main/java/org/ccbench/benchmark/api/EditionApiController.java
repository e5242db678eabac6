package org.ccbench.benchmark.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Translations;
import org.ccbench.base.api.ApiPaging;
import org.ccbench.benchmark.edition.EditionChanges;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.template.KpiCatalogues;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A published edition's "what changed and why" over HTTP (issue 17 §5), as EditionService gives it to the Benchmark
 * page's and the editions page's dialog: counts for every reader of benchmark figures, the unit-months behind them for
 * the administrator only.
 */
@RestController
@RequestMapping(path = "/api/v1/benchmark", produces = "application/json")
@Tag(name = "Benchmark")
@SecurityRequirement(name = "bearer")
class EditionApiController {

    private final EditionService editions;
    private final KpiCatalogues catalogues;

    EditionApiController(EditionService editions, KpiCatalogues catalogues) {
        this.editions = editions;
        this.catalogues = catalogues;
    }

    @GetMapping("/editions/{editionId}/changes")
    @Operation(summary = "What a restated edition changed against the edition before it of the same period, and why",
            description = "The reasons as counts (approved_since, corrected, withdrawn, excluded, exclusion_lifted, "
                    + "profile_changed) and, paged, per KPI and peer cell the figures before and after (n, P25, "
                    + "median, P75; null where that edition does not show the cell, quartiles null without spread; "
                    + "never a mean). Edition 1 changed nothing: 'previous' is null and the lists are empty. 404 for "
                    + "an edition that does not exist or that you may not read.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "changes",
            value = BenchmarkApiExamples.EDITION_CHANGES)))
    ApiEditionChanges changes(
            @PathVariable long editionId,
            @Parameter(description = "0-based page number (default 0)") @RequestParam(required = false) String page,
            @Parameter(description = "items per page, 1–500 (default 100)") @RequestParam(required = false)
            String size, Locale locale) {
        ApiPaging paging = ApiPaging.of(page, size);
        EditionChanges changes;
        try {
            changes = editions.changes(editionId);
        } catch (AccessDeniedException e) {
            throw new NotFoundOrNotAllowedException("Benchmark edition", editionId);
        }
        Locale language = Translations.supported(locale);
        return ApiEditionChanges.of(changes, paging, label -> kpiName(label, language), language);
    }

    private String kpiName(String label, Locale locale) {
        return catalogues.find(KpiCatalogues.CURRENT).map(catalogue -> catalogue.label(label, locale)).orElse(label);
    }
}
