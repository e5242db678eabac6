package org.ccbench.security.sso;

import java.util.OptionalLong;

/** An organisation's registration id ({@code org-12}): stable, so the redirect URI registered at the IdP stays valid. */
final class SsoRegistrationIds {

    private static final String PREFIX = "org-";

    private SsoRegistrationIds() {
    }

    static String of(long organisationId) {
        return PREFIX + organisationId;
    }

    static OptionalLong organisationOf(String registrationId) {
        if (registrationId == null || !registrationId.startsWith(PREFIX)
                || !registrationId.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(registrationId.substring(PREFIX.length())));
    }
}
