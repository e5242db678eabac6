package org.ccbench.kpi.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Translations;
import org.ccbench.base.ValidationException;
import org.ccbench.base.api.BadApiRequestException;
import org.ccbench.kpi.InputProblem;
import org.ccbench.kpi.InputProblemsException;
import org.ccbench.kpi.MonthChangedMeanwhileException;
import org.ccbench.kpi.SubmissionStateException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details. Input problems carry the same message keys and texts as the form,
 * in English or, with {@code Accept-Language: nl}, Dutch. Another organisation's unit is "not found" (404), never
 * "forbidden", so that identifiers reveal nothing.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    /** One refused field: {@code code} is the message key, {@code message} its text in the request's language. */
    record FieldProblem(String field, String code, String message, boolean warning) {
    }

    @ExceptionHandler(InputProblemsException.class)
    ResponseEntity<ProblemDetail> inputProblems(InputProblemsException e, HttpServletRequest request) {
        Locale locale = language(request);
        List<FieldProblem> errors = e.problems().stream().map(problem -> fieldProblem(problem, locale)).toList();
        boolean onlyWarnings = e.problems().stream().allMatch(InputProblem::warning);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ApiProblemResponses.VALIDATION,
                "The inputs were refused", onlyWarnings
                        ? "Some figures look unusual: submit again with a warningComment explaining them."
                        : "Nothing was stored: correct the fields listed in 'errors'.");
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ApiProblemResponses.VALIDATION,
                "The request was refused", "Nothing was stored: correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.errors().stream().map(error -> new FieldProblem(error.field(),
                error.messageKey(), Translations.text(locale, error.messageKey()), false)).toList());
        return respond(problem);
    }

    @ExceptionHandler(SubmissionStateException.class)
    ResponseEntity<ProblemDetail> state(SubmissionStateException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ApiProblemResponses.STATE,
                "Not possible in the month's current state", Translations.text(language(request), e.messageKey()));
        problem.setProperty("code", e.messageKey());
        return respond(problem);
    }

    @ExceptionHandler(MonthChangedMeanwhileException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(MonthChangedMeanwhileException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ApiProblemResponses.PRECONDITION_FAILED,
                "Changed since you read it", Translations.text(language(request), "api.error.changedMeanwhile"));
        String current = EntityTags.of(e.currentVersion());
        problem.setProperty("currentETag", current);
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(current)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(KpiApiController.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(KpiApiController.PreconditionRequiredException e,
                                                       HttpServletRequest request) {
        return respond(problem(HttpStatus.PRECONDITION_REQUIRED, ApiProblemResponses.PRECONDITION_REQUIRED,
                "Precondition required", Translations.text(language(request), "api.error.preconditionRequired")));
    }

    @ExceptionHandler(StaleDataException.class)
    ResponseEntity<ProblemDetail> stale(StaleDataException e, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, ApiProblemResponses.CONFLICT, "Changed meanwhile",
                Translations.text(language(request), "api.error.stale")));
    }

    @ExceptionHandler(NotFoundOrNotAllowedException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundOrNotAllowedException e) {
        return respond(problem(HttpStatus.NOT_FOUND, ApiProblemResponses.NOT_FOUND, "Not found",
                e.getMessage() + " (for your organisation)."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, ApiProblemResponses.FORBIDDEN, "Forbidden",
                "This token may not do this."));
    }

    @ExceptionHandler(ApiInputs.BadApiRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(ApiInputs.BadApiRequestException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, ApiProblemResponses.BAD_REQUEST, "Bad request",
                e.getMessage()));
    }

    @ExceptionHandler(BadApiRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadApiRequestException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, ApiProblemResponses.BAD_REQUEST, "Bad request",
                e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, ApiProblemResponses.BAD_REQUEST, "Bad request",
                "The body is not valid JSON of the expected shape (values must be numbers)."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, ApiProblemResponses.BAD_REQUEST, "Bad request",
                "'" + e.getName() + "' has the wrong format."));
    }

    /**
     * Anything else: Spring's own refusals keep their status (405, 406, 415 …); a failure of ours is a 500 whose
     * reference is in the log beside the stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse refused) {
            return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refused.getBody());
        }
        String reference = ApiServerErrors.logged(e, request);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, ApiProblemResponses.SERVER_ERROR,
                "Server error", ApiProblemResponses.serverErrorDetail(reference));
        problem.setProperty("reference", reference);
        return respond(problem);
    }

    private static FieldProblem fieldProblem(InputProblem problem, Locale locale) {
        return new FieldProblem(problem.field(), problem.messageKey(),
                Translations.text(locale, problem.messageKey(), problem.arguments().toArray()), problem.warning());
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Dutch when the client asks for it first, English otherwise (also without Accept-Language). */
    static Locale language(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Translations.LANGUAGES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}

