package org.ccbench.security.totp;

/**
 * A secret offered to the user to add to their authenticator app, not yet stored: the user confirms it with a code
 * ({@link TwoFactorService#confirmEnrolment}).
 *
 * @param secret     the secret in Base32, as the confirmation takes it back
 * @param otpauthUri the key URI the QR code holds
 */
public record Enrolment(String secret, String otpauthUri) {

    /** The secret in groups of four, for typing it into an app by hand. */
    public String groupedSecret() {
        return Totp.grouped(secret);
    }

    @Override
    public String toString() {
        return "Enrolment[secret hidden]";
    }
}
