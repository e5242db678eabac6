package org.ccbench.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a logged-in user: who they are, their organisation (none for administrators) and roles. */
public record SignedInUser(
        long userId,
        String email,
        String displayName,
        Long organisationId,
        Set<Role> roles,
        Locale locale,
        boolean enabled,
        String passwordHash) implements UserDetails {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The same user without the password hash, as kept in the HTTP session after login. */
    public SignedInUser withoutPasswordHash() {
        return new SignedInUser(userId, email, displayName, organisationId, roles, locale, enabled, null);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + ", organisation " + organisationId + ", " + roles + "]";
    }
}
