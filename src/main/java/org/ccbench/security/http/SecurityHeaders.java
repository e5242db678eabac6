package org.ccbench.security.http;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every page, static file and API answer carries. The content security policy is the tightest that Vaadin
 * Flow runs under: its bootstrap page starts the client engine with an inline script, and the engine builds functions
 * from the JavaScript the server sends ({@code executeJs}, event data), hence {@code 'unsafe-inline' 'unsafe-eval'}
 * for scripts and inline styles for its components. Everything else, Chart.js included, comes from the portal itself;
 * nothing may frame the portal, post a form elsewhere or load a plug-in.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    public static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()");

    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    /**
     * Written before the request goes on, not when the response commits: Vaadin's bootstrap page commits through a
     * path that Spring Security's response wrapper does not see, so headers written at commit would be lost there.
     */
    public static Customizer<HeadersConfigurer<HttpSecurity>> portal() {
        return headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_IN_SECONDS))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
        };
    }
}
