package org.ccbench.security.sso;

/**
 * What the login page is told after single sign-on did not end in a session: a query parameter, and for a refusal
 * the reason and the provider's address in the HTTP session (not in the URL).
 */
public final class SsoLoginOutcome {

    /** The provider authenticated someone the portal does not let in ({@link SsoSignInRefused}). */
    public static final String REFUSED = "sso-refused";
    /** The sign-in at the provider did not complete (cancelled, provider error, invalid token). */
    public static final String FAILED = "sso-failed";
    /** A password sign-in of an organisation that signs in only through its provider. */
    public static final String PASSWORD_OFF = "password-off";
    /** Session attributes holding the refusal's reason name and e-mail address, read once by the login page. */
    public static final String REASON_ATTRIBUTE = SsoLoginOutcome.class.getName() + ".reason";
    public static final String EMAIL_ATTRIBUTE = SsoLoginOutcome.class.getName() + ".email";

    private SsoLoginOutcome() {
    }
}
