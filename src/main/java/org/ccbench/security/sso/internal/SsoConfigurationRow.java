package org.ccbench.security.sso.internal;

import java.util.List;

/** A stored configuration; {@code sealedSecret} is the encrypted client secret ({@link SecretBox}). */
public record SsoConfigurationRow(
        long id,
        long organisationId,
        String organisationName,
        String issuerUri,
        String clientId,
        String sealedSecret,
        List<String> domains,
        boolean enabled,
        boolean passwordSignInAllowed,
        int version) {
}
