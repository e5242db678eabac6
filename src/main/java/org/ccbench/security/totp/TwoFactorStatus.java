package org.ccbench.security.totp;

/**
 * The signed-in user's two-factor sign-in.
 *
 * @param enrolled           whether they sign in with a code from an authenticator app
 * @param required           whether one of their roles must
 * @param recoveryCodesLeft  unused one-time recovery codes
 */
public record TwoFactorStatus(boolean enrolled, boolean required, int recoveryCodesLeft) {
}
