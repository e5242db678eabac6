package org.ccbench.kpi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ccbench.kpi.DraftPrecondition;
import org.ccbench.kpi.KpiDefinitionService;
import org.ccbench.kpi.Submission;
import org.ccbench.kpi.SubmissionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPI submissions of the token's organisation over HTTP; SubmissionService decides everything. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "KPI submissions", description = "Monthly KPI submissions of the token's organisation")
@SecurityRequirement(name = OpenApiConfig.BEARER)
class KpiApiController {

    static final int MAX_MONTHS = 120;

    private final SubmissionService submissions;
    private final KpiDefinitionService definitions;
    private final Clock clock;

    KpiApiController(SubmissionService submissions, KpiDefinitionService definitions, Clock clock) {
        this.submissions = submissions;
        this.definitions = definitions;
        this.clock = clock;
    }

    @GetMapping("/units")
    @Operation(summary = "The units the token reads (a vendor's contracts, a center manager's in-house operations, "
            + "a sourcing manager's every unit), with the channels they serve")
    List<ApiUnit> units() {
        return submissions.readableUnits().stream().map(ApiUnit::of).toList();
    }

    @GetMapping("/submissions")
    @Operation(summary = "The status of every unit in each month from 'from' to 'to' (default: the last 12 months)")
    List<ApiMonthStatus> overview(
            @Parameter(description = "first month, yyyy-MM") @RequestParam(required = false) String from,
            @Parameter(description = "last month, yyyy-MM") @RequestParam(required = false) String to) {
        YearMonth last = to == null ? YearMonth.now(clock).minusMonths(1) : ApiInputs.month(to, "to");
        YearMonth first = from == null ? last.minusMonths(11) : ApiInputs.month(from, "from");
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        if (months < 1 || months > MAX_MONTHS) {
            throw new ApiInputs.BadApiRequestException(
                    "'from' must not be after 'to', and the range at most " + MAX_MONTHS + " months");
        }
        return submissions.overview(first, last).stream().map(ApiMonthStatus::of).toList();
    }

    @GetMapping("/units/{unitId}/submissions/{period}")
    @Operation(summary = "A unit-month with every revision, its values keyed by the upload template's field names",
            description = "The ETag header is the month's entity tag (\"0\" while nothing is stored); send it back in"
                    + " If-Match when you save.")
    ResponseEntity<ApiSubmission> submission(@PathVariable long unitId,
                                             @Parameter(description = "the month, yyyy-MM") @PathVariable String period) {
        YearMonth month = ApiInputs.month(period, "period");
        Optional<Submission> found = submissions.find(unitId, month);
        return ResponseEntity.ok().eTag(EntityTags.of(found)).body(found.map(ApiSubmission::of)
                .orElseGet(() -> ApiSubmission.missing(unitId, month)));
    }

    @PutMapping(path = "/units/{unitId}/submissions/{period}", consumes = "application/json")
    @Operation(summary = "Saves the values as the month's draft (replacing the draft's values)",
            description = "Needs a precondition, so that no one's save is silently replaced: If-Match with the ETag you"
                    + " read (\"0\" or If-None-Match: * for a month with nothing stored), or If-Match: * to overwrite"
                    + " whatever is stored. Without one: 428; when the month changed since you read it: 412 with the"
                    + " current ETag, nothing stored. The draft stores the unit's KPI definitions in force for the"
                    + " month. 'parameters' is optional: each definition given (e.g. threshold_seconds) must equal the"
                    + " one in force, else 422 with code kpi.error.definitionDiffers at that field and nothing stored;"
                    + " a definition the unit does not have is kpi.error.unknownParameter. Definitions are set by the"
                    + " client (sourcing manager for a contract, center manager for an in-house operation) in the"
                    + " portal, never through submitted data.")
    ResponseEntity<ApiSubmission> saveDraft(
            @PathVariable long unitId, @PathVariable String period, @RequestBody DraftRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        DraftPrecondition precondition = EntityTags.precondition(ifMatch, ifNoneMatch)
                .orElseThrow(PreconditionRequiredException::new);
        return respond(submissions.saveDraft(unitId, ApiInputs.month(period, "period"), ApiInputs.values(request),
                precondition, ApiInputs.parameters(request)));
    }

    @GetMapping("/units/{unitId}/definitions/{period}")
    @Operation(summary = "The unit's KPI definitions in force for the month (SL threshold, excl_short, written "
            + "response thresholds, repeat and fallout windows), keyed as a revision's parameters")
    ApiDefinitions definitions(@PathVariable long unitId,
                               @Parameter(description = "the month, yyyy-MM") @PathVariable String period) {
        YearMonth month = ApiInputs.month(period, "period");
        return ApiDefinitions.of(unitId, definitions.inForceAsStored(unitId, month));
    }

    @PostMapping("/units/{unitId}/submissions/{period}/submit")
    @Operation(summary = "Submits the month's draft for review; warnings need a warningComment",
            description = "With If-Match, only the draft as you read it is submitted (412 otherwise).")
    ResponseEntity<ApiSubmission> submit(
            @PathVariable long unitId, @PathVariable String period,
            @RequestBody(required = false) SubmitRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DraftPrecondition precondition = EntityTags.precondition(ifMatch, null).orElse(DraftPrecondition.ANY);
        return respond(submissions.submit(unitId, ApiInputs.month(period, "period"),
                request == null ? null : request.warningComment(), precondition));
    }

    private static ResponseEntity<ApiSubmission> respond(Submission submission) {
        return ResponseEntity.ok().eTag(EntityTags.of(submission)).body(ApiSubmission.of(submission));
    }

    /** A write without If-Match or If-None-Match: the API never guesses that overwriting is meant. */
    static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match or If-None-Match required");
        }
    }
}
