package org.ccbench.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the node is ready (every start-up runner done: templates loaded, the first administrator and the demo accounts
 * written), every page and API call gets 503 with {@code Retry-After}, and a person a page that reloads itself. A login
 * in the first seconds would otherwise fail because its account does not exist yet. The health endpoints pass, so the
 * load balancer still sees the node live and not yet ready; the same holds while the node shuts down.
 */
final class StartingUpFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 2;

    private final ApplicationAvailability availability;

    StartingUpFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"CCBench is starting; retry in " + RETRY_SECONDS + " seconds.\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(page(request.getLocale()));
    }

    private static String page(Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        String title = dutch ? "CCBench start op" : "CCBench is starting";
        String text = dutch ? "Het portaal is over enkele seconden klaar. Deze pagina laadt zichzelf opnieuw."
                : "The portal will be ready in a few seconds. This page reloads by itself.";
        return "<!DOCTYPE html><html lang=\"" + (dutch ? "nl" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>" + title + "</title></head>"
                + "<body style=\"font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 30rem; padding: 0 1rem\">"
                + "<h1 style=\"font-size: 1.4rem\">" + title + "</h1><p>" + text + "</p></body></html>";
    }
}
