package org.ccbench.security.sso;

import java.util.List;

/**
 * One organisation's OpenID Connect sign-in as the administrator sees it; the client secret never leaves the service
 * ({@code hasSecret} only says one is stored).
 */
public record SsoConfiguration(
        long id,
        long organisationId,
        String organisationName,
        String issuerUri,
        String clientId,
        boolean hasSecret,
        List<String> domains,
        boolean enabled,
        boolean passwordSignInAllowed,
        int version) {

    public SsoConfiguration {
        domains = List.copyOf(domains);
    }

    /** The registration id of this organisation in the redirect URI {@code /login/oauth2/code/{registrationId}}. */
    public String registrationId() {
        return SsoRegistrationIds.of(organisationId);
    }
}
