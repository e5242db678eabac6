package org.ccbench.security.sso;

/**
 * What the administrator enters for an organisation's sign-in. {@code domains} is free text (separated by commas,
 * spaces or lines); a blank {@code clientSecret} on an existing configuration keeps the stored one.
 */
public record SsoConfigurationData(
        String issuerUri,
        String clientId,
        String clientSecret,
        String domains,
        boolean enabled,
        boolean passwordSignInAllowed) {
}
