package org.ccbench.scorecard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.FieldError;
import org.ccbench.base.ValidationException;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.Export;
import org.ccbench.scorecard.ComparisonRow;
import org.ccbench.scorecard.Scorecard;
import org.ccbench.scorecard.ScorecardPeriod;
import org.ccbench.scorecard.ScorecardService;
import org.ccbench.scorecard.export.ComparisonWorkbook;
import org.ccbench.scorecard.export.ScorecardPdf;
import org.ccbench.scorecard.export.ScorecardWorkbook;
import org.ccbench.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contract scorecards over HTTP (issue 6 §4) for a vendor's or a sourcing manager's token: the figures as JSON, the
 * same xlsx (with live bonus/malus formulas) and PDF as the page's downloads, and the sourcing manager's comparison.
 * ScorecardService decides who sees what.
 */
@RestController
@RequestMapping(path = "/api/v1")
@Tag(name = "Contract scorecards", description = "Scorecards of the token organisation's contracts")
@SecurityRequirement(name = "bearer")
class ScorecardApiController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ScorecardService scorecards;
    private final Clock clock;
    private final PortalMetrics metrics;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    ScorecardApiController(ScorecardService scorecards, Clock clock, PortalMetrics metrics, AuditLog audit,
                           CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.scorecards = scorecards;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The contracts whose scorecards the token may read. */
    record ApiContract(long id, String name, String client, String vendor) {
    }

    @GetMapping(path = "/contracts", produces = "application/json")
    @Operation(summary = "The organisation's contracts")
    List<ApiContract> contracts() {
        return scorecards.contracts().stream().map(contract -> new ApiContract(contract.id(), contract.name(),
                contract.client().name(), contract.vendor().name())).toList();
    }

    @GetMapping(path = "/contracts/{contractId}/scorecard", produces = "application/json")
    @Operation(summary = "A contract's scorecard: SLA lines, each month's settlement with its inputs, totals, "
            + "Q/C/VfM (cost vs. budget), cost and failure demand, peers, trend and disputes", description = "A survey "
            + "KPI (CSAT, NPS, CES, FCR) on fewer than 50 responses in the period or month is a small sample "
            + "(smallSample, sample, minSample): its line is NOT_MEASURABLE, with no score, bonus or malus, and it "
            + "is left out of the quality index and of peer statistics")
    Scorecard scorecard(@PathVariable long contractId,
                        @Parameter(description = "month, quarter or ytd") @RequestParam(defaultValue = "month")
                        String period,
                        @Parameter(description = "the period's last month, yyyy-MM (default: the month before last)")
                        @RequestParam(required = false) String month) {
        return scorecards.scorecard(contractId, period(period, month));
    }

    @GetMapping(path = "/contracts/{contractId}/scorecard.xlsx")
    @Operation(summary = "The scorecard as an xlsx workbook with live bonus/malus formulas and a trend chart")
    ResponseEntity<byte[]> workbook(@PathVariable long contractId, @RequestParam(defaultValue = "month") String period,
                                    @RequestParam(required = false) String month, Locale locale) {
        Scorecard card = scorecards.scorecard(contractId, period(period, month));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.recordSeparately("SCORECARD_EXPORTED", "reporting_unit", contractId, "xlsx " + card.header().contractName()
                + " " + card.header().periodLabel() + " (API)");
        ScorecardWorkbook.write(card, locale, clock.getZone(), out);
        metrics.exported(Export.SCORECARD_XLSX);
        return file(out.toByteArray(), XLSX, card, "xlsx");
    }

    @GetMapping(path = "/contracts/{contractId}/scorecard.pdf")
    @Operation(summary = "The scorecard as a PDF for the contract meeting")
    ResponseEntity<byte[]> pdf(@PathVariable long contractId, @RequestParam(defaultValue = "month") String period,
                               @RequestParam(required = false) String month, Locale locale) {
        Scorecard card = scorecards.scorecard(contractId, period(period, month));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.recordSeparately("SCORECARD_EXPORTED", "reporting_unit", contractId, "pdf " + card.header().contractName()
                + " " + card.header().periodLabel() + " (API)");
        ScorecardPdf.write(card, locale, clock.getZone(), out);
        metrics.exported(Export.SCORECARD_PDF);
        return file(out.toByteArray(), MediaType.APPLICATION_PDF, card, "pdf");
    }

    @GetMapping(path = "/scorecards/comparison", produces = "application/json")
    @Operation(summary = "A sourcing manager's contracts side by side: quality, cost score vs. your cheapest "
            + "contract (lowest ratio), value for money (cost vs. your cheapest contract), ranked, with monthly "
            + "figures (a sourcing manager's token)", description = "valueForMoney here scores cost against the "
            + "cheapest compared contract; a contract's scorecard scores it against the budget (indices.cost, "
            + "indices.valueForMoney: cost vs. budget), so the two values for money differ by (1 - alpha) x the "
            + "difference of the two cost scores")
    List<ComparisonRow> comparison(@RequestParam(defaultValue = "month") String period,
                                   @RequestParam(required = false) String month) {
        return scorecards.compare(period(period, month));
    }

    @GetMapping(path = "/scorecards/comparison.xlsx")
    @Operation(summary = "The comparison as a workbook, written by streaming, with a bar chart of value for money")
    ResponseEntity<byte[]> comparisonWorkbook(@RequestParam(defaultValue = "month") String period,
                                              @RequestParam(required = false) String month, Locale locale) {
        ScorecardPeriod chosen = period(period, month);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ComparisonRow> rows = scorecards.compare(chosen);
        audit.recordSeparately("COMPARISON_EXPORTED", "organisation", currentUser.requireOrganisationId(),
                "xlsx " + chosen.label() + ", " + rows.size() + " contracts (API)");
        ComparisonWorkbook.write(rows, chosen.label(), locale, out);
        metrics.exported(Export.COMPARISON_XLSX);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("contract-comparison-" + chosen.last() + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    private ScorecardPeriod period(String kind, String month) {
        YearMonth last;
        try {
            last = month == null ? YearMonth.now(clock).minusMonths(2) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new FieldError("month", "scorecard.error.month")));
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "month" -> ScorecardPeriod.month(last);
            case "quarter" -> ScorecardPeriod.quarter(last);
            case "ytd" -> ScorecardPeriod.yearToDate(last);
            default -> throw new ValidationException(List.of(new FieldError("period", "scorecard.error.period")));
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, Scorecard card, String extension) {
        String name = "scorecard-" + card.header().contractId() + "-" + card.header().lastMonth() + "."
                + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }
}
