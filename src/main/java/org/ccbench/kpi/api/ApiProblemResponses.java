package org.ccbench.kpi.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The problem types of the API and the two problems written by the security filters, before any controller runs
 * (401 and 403). Their texts are fixed English sentences, so the JSON is written directly.
 */
final class ApiProblemResponses {

    static final String TYPE_BASE = "https://ccbench.example/problems/";
    static final URI UNAUTHORIZED = type("unauthorized");
    static final URI FORBIDDEN = type("forbidden");
    static final URI VALIDATION = type("validation");
    static final URI STATE = type("submission-state");
    static final URI CONFLICT = type("conflict");
    static final URI PRECONDITION_FAILED = type("precondition-failed");
    static final URI PRECONDITION_REQUIRED = type("precondition-required");
    static final URI NOT_FOUND = type("not-found");
    static final URI BAD_REQUEST = type("bad-request");
    static final URI SERVER_ERROR = type("server-error");

    private ApiProblemResponses() {
    }

    static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ccbench\"");
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, detail);
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "This token may not do this.");
    }

    static String serverErrorDetail(String reference) {
        return "Something went wrong on our side. Quote reference " + reference + " when you contact support.";
    }

    static void serverError(HttpServletResponse response, String reference) throws IOException {
        write(response, HttpStatus.INTERNAL_SERVER_ERROR, SERVER_ERROR, serverErrorDetail(reference),
                ",\"reference\":\"" + reference + "\"");
    }

    private static void write(HttpServletResponse response, HttpStatus status, URI type, String detail)
            throws IOException {
        write(response, status, type, detail, "");
    }

    private static void write(HttpServletResponse response, HttpStatus status, URI type, String detail,
                              String extra) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"" + extra + "}");
    }
}
