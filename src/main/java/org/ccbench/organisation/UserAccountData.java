package org.ccbench.organisation;

import java.util.Locale;
import java.util.Set;
import org.ccbench.security.Role;

public record UserAccountData(String email, String displayName, Long organisationId, Set<Role> roles, Locale locale) {
}
