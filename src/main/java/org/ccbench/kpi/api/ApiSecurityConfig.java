package org.ccbench.kpi.api;

import org.ccbench.security.StatelessTokenChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The REST API's own security chain, ahead of the Vaadin chain: stateless bearer tokens, no session, no CSRF, no
 * login page (a refused request gets a 401 problem, never a redirect). The OpenAPI document and its UI are public.
 */
@Configuration
class ApiSecurityConfig {

    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator)
            throws Exception {
        return StatelessTokenChains.withoutSessionOrForms(http)
                .securityMatcher(matchedPaths())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCUMENTATION).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiServerErrors(), DisableEncodeUrlFilter.class)
                .addFilterBefore(new ApiTokenFilter(authenticator), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ApiProblemResponses.unauthorized(
                                response, "Send an API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> ApiProblemResponses.forbidden(response)))
                .build();
    }

    private static String[] matchedPaths() {
        String[] paths = new String[DOCUMENTATION.length + 1];
        paths[0] = "/api/**";
        System.arraycopy(DOCUMENTATION, 0, paths, 1, DOCUMENTATION.length);
        return paths;
    }
}
