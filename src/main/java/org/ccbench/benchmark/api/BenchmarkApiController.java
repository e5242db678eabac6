package org.ccbench.benchmark.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Translations;
import org.ccbench.base.api.ApiPage;
import org.ccbench.base.api.ApiPaging;
import org.ccbench.base.api.BadApiRequestException;
import org.ccbench.benchmark.BenchmarkFigure;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.BenchmarkService;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.ValueMatrix;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.scoring.peer.PeerScope;
import org.ccbench.template.KpiCatalogues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark page's figures over HTTP (issue 17 §5) for BI tools: BenchmarkService and EditionService decide who
 * sees what, so the tenant and anonymity rules are the page's; every figure the page hides is null here with a reason.
 */
@RestController
@RequestMapping(path = "/api/v1/benchmark", produces = "application/json")
@Tag(name = "Benchmark", description = "Your units' KPIs beside anonymous peers, live or from a published edition")
@SecurityRequirement(name = "bearer")
class BenchmarkApiController {

    private static final String PERIOD = "a month (2026-01), a quarter (2026-Q1) or a year (2026)";
    private static final String EDITION = "the id of a published edition that covers the period (GET "
            + "/api/v1/benchmark/editions) or 'live' (live figures, not yet published); without it, as on the Benchmark "
            + "page: the latest published edition covering the period, else live";
    private static final String SCOPE = "the peer group: automatic (the default: the closest cell with enough peers), "
            + "sector_all_sizes, sourcing_all_sectors, in_house, outsourced or everyone";
    private static final String PAGE = "0-based page number (default 0)";
    private static final String SIZE = "items per page, 1–500 (default 100)";

    private final BenchmarkService benchmarks;
    private final EditionService editions;
    private final KpiCatalogues catalogues;

    BenchmarkApiController(BenchmarkService benchmarks, EditionService editions, KpiCatalogues catalogues) {
        this.benchmarks = benchmarks;
        this.editions = editions;
        this.catalogues = catalogues;
    }

    @GetMapping("/kpis")
    @Operation(summary = "The benchmarked KPI labels with their names (English, or Dutch with Accept-Language: nl), "
            + "units and display decimals")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "kpis",
            value = BenchmarkApiExamples.KPIS)))
    List<ApiKpi> kpis(Locale locale) {
        return benchmarks.kpiLabels().stream().map(label -> kpi(label, locale)).toList();
    }

    @GetMapping("/editions")
    @Operation(summary = "The published benchmark editions, the latest published first",
            description = "An edition's figures are frozen: pass its id as 'edition' to read them for its period or a "
                    + "month or quarter inside it. A restated edition (number 2 …) replaces an earlier one.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "editions",
            value = BenchmarkApiExamples.EDITIONS)))
    ApiPage<ApiEdition> editions(@Parameter(description = PAGE) @RequestParam(required = false) String page,
                                 @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(editions.published().stream().map(ApiEdition::of).toList(), paging);
    }

    @GetMapping("/units/{unitId}/figures")
    @Operation(summary = "Every KPI of the unit for the period beside its peers, as the benchmark page shows them",
            description = "Only KPIs that fit the unit (per-channel KPIs for the channels it serves). A figure the "
                    + "page hides is null, and 'withheld' names it with the reason: period_not_covered (the unit's "
                    + "approved months do not cover the period), definition_changed, no_value, insufficient_peers "
                    + "(fewer than 5 organisations in the cell), no_spread (every peer reports the same value: cell "
                    + "and n only), fewer_than_10_peers (no P10/P90), small_sample (a survey KPI on fewer than 50 "
                    + "responses: no percentile rank), neutral_kpi (no percentile rank).")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "figures",
            value = BenchmarkApiExamples.FIGURES)))
    ApiPage<ApiBenchmarkFigure> figures(
            @PathVariable long unitId, @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition,
            @Parameter(description = PAGE) @RequestParam(required = false) String page,
            @Parameter(description = SIZE) @RequestParam(required = false) String size, Locale locale) {
        BenchmarkPeriod chosen = ApiPeriods.parse(period, "period");
        PeerScope peers = scope(scope);
        ApiPaging paging = ApiPaging.of(page, size);
        Source source = source(edition, chosen);
        List<String> labels = benchmarks.kpiLabels(unitId);
        ApiPage<String> onPage = ApiPage.of(labels, paging);
        return new ApiPage<>(onPage.items().stream().map(label -> figure(unitId, label, chosen, peers, source, locale))
                .toList(), onPage.page(), onPage.size(), onPage.total());
    }

    @GetMapping("/units/{unitId}/figure")
    @Operation(summary = "One KPI of the unit for the period beside its peers, as the benchmark page shows it",
            description = "The same figure as one item of /units/{unitId}/figures; 400 for a KPI the unit is not "
                    + "benchmarked on.")
    @ApiResponse(responseCode = "200", content = @Content(examples = {
            @ExampleObject(name = "shown", value = BenchmarkApiExamples.FIGURE),
            @ExampleObject(name = "insufficient peers", value = BenchmarkApiExamples.FIGURE_INSUFFICIENT)}))
    ApiBenchmarkFigure figure(
            @PathVariable long unitId,
            @Parameter(description = "a KPI label from /benchmark/kpis, e.g. SL[phone] (URL-encoded: SL%5Bphone%5D)")
            @RequestParam(required = false) String kpi,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition, Locale locale) {
        BenchmarkPeriod chosen = ApiPeriods.parse(period, "period");
        PeerScope peers = scope(scope);
        Source source = source(edition, chosen);
        if (!benchmarks.kpiLabels(unitId).contains(kpi)) {
            throw new BadApiRequestException("'kpi' must be one of the unit's benchmarked KPI labels (GET "
                    + "/api/v1/benchmark/kpis; per-channel KPIs only for the unit's channels), not '" + kpi + "'");
        }
        return figure(unitId, kpi, chosen, peers, source, locale);
    }

    @GetMapping("/sourcing")
    @Operation(summary = "Every benchmarked KPI in the period, in-house against outsourced and both together",
            description = "Each side's median with P25–P75 and n, at the catalogue's default definitions. A side that "
                    + "would expose an organisation, or could be derived from the total and the other side, is "
                    + "withheld ('anonymity'); a side whose organisations all report the same value gives n only "
                    + "('no_spread').")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "sourcing",
            value = BenchmarkApiExamples.SOURCING)))
    ApiPage<ApiSourcingRow> sourcing(
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition,
            @Parameter(description = PAGE) @RequestParam(required = false) String page,
            @Parameter(description = SIZE) @RequestParam(required = false) String size, Locale locale) {
        BenchmarkPeriod chosen = ApiPeriods.parse(period, "period");
        ApiPaging paging = ApiPaging.of(page, size);
        Source source = source(edition, chosen);
        List<ApiSourcingRow> rows = benchmarks.inHouseVersusOutsourced(chosen, source.choice()).stream()
                .map(row -> {
                    ApiKpi kpi = kpi(row.kpi(), locale);
                    return new ApiSourcingRow(row.kpi(), kpi.name(), kpi.unit(), kpi.decimals(), source.ref(),
                            ApiSourcingRow.Side.of(row.inHouse()), ApiSourcingRow.Side.of(row.outsourced()),
                            ApiSourcingRow.Side.of(row.all()));
                }).toList();
        return ApiPage.of(rows, paging);
    }

    @GetMapping("/pooled-vendors")
    @Operation(summary = "Every vendor's KPI pooled over all its contracts with every client, under a letter",
            description = "Shown only when at least three client organisations contribute (A3), otherwise "
                    + "'too_few_clients' with no value; a vendor's token sees its own name, nobody sees another "
                    + "vendor's.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "pooled vendors",
            value = BenchmarkApiExamples.POOLED)))
    ApiPage<ApiPooledVendor> pooledVendors(
            @Parameter(description = "a KPI label from /benchmark/kpis") @RequestParam(required = false) String kpi,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition,
            @Parameter(description = PAGE) @RequestParam(required = false) String page,
            @Parameter(description = SIZE) @RequestParam(required = false) String size) {
        BenchmarkPeriod chosen = ApiPeriods.parse(period, "period");
        ApiPaging paging = ApiPaging.of(page, size);
        Source source = source(edition, chosen);
        if (!benchmarks.kpiLabels().contains(kpi)) {
            throw new BadApiRequestException("'kpi' must be a benchmarked KPI label (GET /api/v1/benchmark/kpis), "
                    + "not '" + kpi + "'");
        }
        return ApiPage.of(benchmarks.pooledVendors(kpi, chosen, source.choice()).stream().map(ApiPooledVendor::of)
                .toList(), paging);
    }

    @GetMapping("/units/{unitId}/value-matrix")
    @Operation(summary = "The unit's contacts over the value matrix beside its peers, as the Benchmark page's "
            + "value-matrix tab shows them",
            description = "Each quadrant's share (VMX[eliminate], VMX[simplify], VMX[automate], VMX[leverage]), the "
                    + "avoidable-contact rate (AVC) and the reason-code coverage (RCC), each as /units/{unitId}/figure "
                    + "gives that KPI, with the same withheld reasons; and the unit's eliminate + simplify share. "
                    + "404 for a unit of another organisation.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "value matrix",
            value = BenchmarkApiExamples.VALUE_MATRIX)))
    ApiValueMatrix valueMatrix(
            @PathVariable long unitId, @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = SCOPE) @RequestParam(required = false) String scope,
            @Parameter(description = EDITION) @RequestParam(required = false) String edition, Locale locale) {
        BenchmarkPeriod chosen = ApiPeriods.parse(period, "period");
        PeerScope peers = scope(scope);
        Source source = source(edition, chosen);
        ValueMatrix matrix = benchmarks.valueMatrix(unitId, chosen, peers, source.choice());
        return new ApiValueMatrix(unitId, chosen.label(), peers.code(), source.ref(), matrix.quadrants().stream()
                .map(figure -> figure(figure, peers, source, locale)).toList(),
                figure(matrix.avoidable(), peers, source, locale), figure(matrix.coverage(), peers, source, locale),
                matrix.ownUnnecessary());
    }

    private ApiBenchmarkFigure figure(BenchmarkFigure figure, PeerScope scope, Source source, Locale locale) {
        return ApiBenchmarkFigure.of(figure, kpi(figure.kpi(), locale).name(), scope.code(), source.ref(),
                Translations.supported(locale));
    }

    private ApiBenchmarkFigure figure(long unitId, String label, BenchmarkPeriod period, PeerScope scope,
                                      Source source, Locale locale) {
        return ApiBenchmarkFigure.of(benchmarks.compare(unitId, label, period, scope, source.choice()),
                kpi(label, locale).name(), scope.code(), source.ref(), Translations.supported(locale));
    }

    private ApiKpi kpi(String label, Locale locale) {
        Kpi kpi = ApiBenchmarkFigure.kpiOf(label);
        String name = catalogues.find(KpiCatalogues.CURRENT)
                .map(catalogue -> catalogue.label(label, Translations.supported(locale))).orElse(label);
        return new ApiKpi(label, name, kpi.unit().code(), kpi.displayDecimals(), kpi.direction().code());
    }

    private static PeerScope scope(String code) {
        if (code == null) {
            return PeerScope.AUTOMATIC;
        }
        return Arrays.stream(PeerScope.values()).filter(scope -> scope.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> new BadApiRequestException("'scope' must be one of " + Arrays.stream(
                        PeerScope.values()).map(PeerScope::code).toList() + ", not '" + code + "'"));
    }

    /**
     * Live figures, or a published edition that exists (else 404) and covers the period (else 400); without a choice
     * the Benchmark page's default, so a client that sends none reads what the page shows.
     */
    private Source source(String edition, BenchmarkPeriod period) {
        if (edition == null || edition.isBlank()) {
            return editions.latestCovering(period)
                    .map(latest -> new Source(EditionChoice.edition(latest.id()), ApiEditionRef.of(latest)))
                    .orElseGet(() -> new Source(EditionChoice.live(), ApiEditionRef.live()));
        }
        if (edition.strip().equalsIgnoreCase(ApiEditionRef.LIVE)) {
            return new Source(EditionChoice.live(), ApiEditionRef.live());
        }
        long id;
        try {
            id = Long.parseLong(edition.strip());
        } catch (NumberFormatException e) {
            throw new BadApiRequestException("'edition' must be 'live' or an edition id, not '" + edition + "'");
        }
        var published = editions.find(id).orElseThrow(
                () -> new NotFoundOrNotAllowedException("Benchmark edition", id));
        if (!published.covers(period)) {
            throw new BadApiRequestException("Edition " + id + " holds " + published.period().label() + ", not "
                    + period.label() + ": choose an edition that covers the period, or 'live'");
        }
        return new Source(EditionChoice.edition(id), ApiEditionRef.of(published));
    }

    private record Source(EditionChoice choice, ApiEditionRef ref) {
    }
}
