package org.ccbench.security.sso;

/** Where the login page sends an e-mail address: to its organisation's provider, or to the password form. */
public record SsoRoute(Kind kind, String path) {

    public enum Kind {
        /** The domain signs in with its organisation's provider: go to {@link #path()}. */
        PROVIDER,
        /** No single sign-on for this domain: the address signs in with its password. */
        PASSWORD,
        /** The domain has a provider, but it cannot be reached (or is misconfigured) right now. */
        PROVIDER_UNAVAILABLE,
        /** Not an e-mail address. */
        INVALID_EMAIL
    }

    static SsoRoute of(Kind kind) {
        return new SsoRoute(kind, null);
    }
}
