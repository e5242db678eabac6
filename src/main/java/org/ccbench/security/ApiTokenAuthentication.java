package org.ccbench.security;

import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated with an API token rather than a login: the principal is a {@link SignedInUser} of the
 * token's organisation with the role that organisation submits KPIs with, so services treat it like that user;
 * {@link CurrentUser#auditName()} names the token instead of a person.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser principal;
    private final String auditName;

    /** @param auditName how the audit log and the submissions name the token, e.g. {@code api-token:ccb_Ab3d (CI)} */
    public ApiTokenAuthentication(SignedInUser principal, String auditName) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.auditName = Objects.requireNonNull(auditName, "auditName");
        setAuthenticated(true);
    }

    public String auditName() {
        return auditName;
    }

    @Override
    public SignedInUser getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return auditName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiTokenAuthentication token && super.equals(other)
                && auditName.equals(token.auditName);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + auditName.hashCode();
    }
}
