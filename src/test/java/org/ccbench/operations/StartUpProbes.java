package org.ccbench.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two start-up runners around the portal's own (the template loader, first administrator and demo seeders run with
 * orders 5 to 41): the first runs before any of them, the last after all of them. Each asks the running server, over
 * HTTP as a load balancer would, for liveness and readiness, counts the demo users and asks for the login page (in Dutch), so a test can show that
 * readiness stays down for as long as start-up data is being seeded.
 */
@TestConfiguration(proxyBeanMethods = false)
class StartUpProbes {

    /** What a probe saw: HTTP status of liveness and readiness, and how many users the database held. */
    record Seen(int liveness, int readiness, long users, HttpResponse<String> login) {
    }

    static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner probeBeforeSeeding(WebServerApplicationContext context, JdbcTemplate jdbc) {
        return args -> SEEN.put("before seeding", probe(context, jdbc));
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner probeAfterSeeding(WebServerApplicationContext context, JdbcTemplate jdbc) {
        return args -> SEEN.put("after seeding", probe(context, jdbc));
    }

    private static Seen probe(WebServerApplicationContext context, JdbcTemplate jdbc) throws Exception {
        int port = context.getWebServer().getPort();
        return new Seen(status(port, "/actuator/health/liveness"), status(port, "/actuator/health/readiness"),
                jdbc.queryForObject("select count(*) from app_user", Long.class), get(port, "/login"));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "nl-NL").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int status(int port, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
