package org.ccbench.kpi.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An unexpected failure on {@code /api/**} as a 500 problem document (RFC 9457) whose {@code reference} is also in the
 * log line with the stack trace, never the login page's redirect that the servlet container's error page would give
 * (the API has no session). Controllers' failures reach {@link ApiProblems#unexpected}; this filter, first in the API
 * chain, catches what fails before or around them (token lookup, other filters).
 */
final class ApiServerErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiServerErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Logs the failure under a new reference and returns the reference. */
    static String logged(Throwable failure, HttpServletRequest request) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String reference = "api-" + HexFormat.of().formatHex(bytes);
        log.error("API request {} {} failed, reference {}", request.getMethod(), request.getRequestURI(), reference,
                failure);
        return reference;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            String reference = logged(e instanceof ServletException && e.getCause() != null ? e.getCause() : e,
                    request);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            ApiProblemResponses.serverError(response, reference);
        }
    }
}
