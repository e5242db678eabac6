package org.ccbench.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What every filter chain of a bearer token (the REST API, the metrics) leaves out: no session, no login form or
 * basic authentication, no logout, no saved request, and no CSRF token, since no cookie authenticates such a request.
 */
public final class StatelessTokenChains {

    private StatelessTokenChains() {
    }

    public static HttpSecurity withoutSessionOrForms(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
    }
}
