package org.ccbench.organisation;

import java.util.Locale;
import java.util.Set;
import org.ccbench.security.Role;

public record UserAccount(long id, String email, String displayName, OrganisationRef organisation, Set<Role> roles,
                          Locale locale, boolean enabled, int version) {

    public UserAccountData data() {
        return new UserAccountData(email, displayName, organisation == null ? null : organisation.id(), roles, locale);
    }
}
