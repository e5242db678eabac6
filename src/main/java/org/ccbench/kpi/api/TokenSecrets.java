package org.ccbench.kpi.api;

import java.security.SecureRandom;
import java.util.Base64;
import org.ccbench.base.Sha256;

/**
 * API token secrets: {@code ccb_} and 32 random bytes in URL-safe base64. Only their SHA-256 hash is stored; a
 * secret has enough entropy that a fast hash is safe, and the lookup by hash needs no per-token salt.
 */
final class TokenSecrets {

    static final String PREFIX = "ccb_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARACTERS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The part of a secret shown in lists: the {@code ccb_} prefix and the next few characters. */
    static String shownPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + SHOWN_CHARACTERS));
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }

    /** Whether the text can be a secret at all, before it is hashed and looked up. */
    static boolean plausible(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() <= 200;
    }
}
