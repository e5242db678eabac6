package org.ccbench.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.ccbench.security.StatelessTokenChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The Actuator's own security chain, ahead of the portal's (Vaadin) chain: stateless, no session, no login page.
 * The health endpoints, liveness and readiness included, are open to the load balancer; their details (database,
 * mail) are shown only to the monitoring system ({@code management.endpoint.health.roles}). The Prometheus metrics
 * need {@code Authorization: Bearer <ccbench.metrics.token>}; without a configured token they refuse everyone.
 */
@Configuration
class ActuatorSecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(ActuatorSecurityConfig.class);

    @Bean
    MonitoringToken monitoringToken(@Value("${ccbench.metrics.token:}") String configured) {
        MonitoringToken token = new MonitoringToken(configured);
        if (!token.isConfigured()) {
            log.info("/actuator/prometheus refuses every request: no metrics token is configured "
                    + "(set CCBENCH_METRICS_TOKEN to let a monitoring system scrape it)");
        } else if (configured.strip().length() < MonitoringToken.RECOMMENDED_LENGTH) {
            log.warn("CCBENCH_METRICS_TOKEN is shorter than {} characters; use e.g. `openssl rand -hex 32`",
                    MonitoringToken.RECOMMENDED_LENGTH);
        }
        return token;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, MonitoringToken token) throws Exception {
        return StatelessTokenChains.withoutSessionOrForms(http)
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).hasRole(MonitoringTokenFilter.ROLE)
                        .anyRequest().denyAll())
                .addFilterBefore(new MonitoringTokenFilter(token), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ccbench-metrics\"");
                            refuse(response, HttpStatus.UNAUTHORIZED,
                                    "Send the metrics token as 'Authorization: Bearer <token>'.");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                refuse(response, HttpStatus.FORBIDDEN, "Not available.")))
                .build();
    }

    /** Written here, not through the container's error page, which the portal's chain would answer with a login. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String text) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
