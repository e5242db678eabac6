package org.ccbench.security.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider proved who someone is, but the portal does not let them in: the login page says why (with
 * the address the provider sent) and the audit log records it.
 */
public class SsoSignInRefused extends OAuth2AuthenticationException {

    /** Why; the user sees one sentence per reason, the audit log the precise one. */
    public enum Reason {
        /** The provider sent no e-mail address (the {@code email} scope or claim is missing at the provider). */
        NO_EMAIL,
        /** The provider says the address is not verified. */
        EMAIL_NOT_VERIFIED,
        /** No portal account has that address. */
        NO_ACCOUNT,
        /** The account is disabled. */
        DISABLED,
        /** The account belongs to another organisation than the one whose provider was used. */
        OTHER_ORGANISATION,
        /** The address's domain is not one of the domains routed to this provider. */
        DOMAIN_NOT_ROUTED
    }

    public static final String ERROR_CODE = "ccbench_sso_refused";

    private final Reason reason;
    private final String email;

    SsoSignInRefused(Reason reason, String email) {
        super(new OAuth2Error(ERROR_CODE, "Single sign-on refused: " + reason, null));
        this.reason = reason;
        this.email = email;
    }

    public Reason reason() {
        return reason;
    }

    /** The address the provider sent, or null. */
    public String email() {
        return email;
    }
}
