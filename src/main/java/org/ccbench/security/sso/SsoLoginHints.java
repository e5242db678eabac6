package org.ccbench.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Passes the address typed on the login page on to the identity provider as OpenID Connect's {@code login_hint}, so
 * the user need not type it twice.
 */
final class SsoLoginHints implements OAuth2AuthorizationRequestResolver {

    static final String PARAMETER = "login_hint";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    SsoLoginHints(ClientRegistrationRepository registrations) {
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withHint(resolver.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return withHint(resolver.resolve(request, registrationId), request);
    }

    private static OAuth2AuthorizationRequest withHint(OAuth2AuthorizationRequest authorization,
                                                       HttpServletRequest request) {
        String hint = request.getParameter(PARAMETER);
        if (authorization == null || hint == null || !EMAIL.matcher(hint).matches()) {
            return authorization;
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(PARAMETER, hint))
                .build();
    }
}
