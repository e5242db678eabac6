package org.ccbench.audit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers where the current request comes from, for the audit log: the client's address, or what an API
 * authentication filter sets (e.g. {@code token:12}). Outside a request (start-up, scheduled jobs) it is
 * {@code system}. The address is the connection's; behind a proxy, configure Spring's forwarded-header handling.
 */
@Component
public class RequestOrigin extends OncePerRequestFilter {

    private static final ThreadLocal<String> ORIGIN = new ThreadLocal<>();

    public static String current() {
        String origin = ORIGIN.get();
        return origin == null ? "system" : origin;
    }

    /** Lets an authentication filter name the origin more precisely than the address. */
    public static void set(String origin) {
        ORIGIN.set(origin);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ORIGIN.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ORIGIN.remove();
        }
    }
}
