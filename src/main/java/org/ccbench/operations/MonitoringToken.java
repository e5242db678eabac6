package org.ccbench.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret a monitoring system sends to read the metrics ({@code ccbench.metrics.token}, env
 * {@code CCBENCH_METRICS_TOKEN}). Compared in constant time on SHA-256 digests, so neither the token's characters nor
 * its length leak through timing. Without a configured token nothing matches: the metrics stay closed to everyone.
 */
final class MonitoringToken {

    /** Shorter tokens are accepted, with a warning at start: guessing must stay out of reach. */
    static final int RECOMMENDED_LENGTH = 32;

    private final byte[] digest;

    MonitoringToken(String configured) {
        this.digest = configured == null || configured.isBlank() ? null : sha256(configured.strip());
    }

    boolean isConfigured() {
        return digest != null;
    }

    boolean matches(String candidate) {
        return digest != null && candidate != null && MessageDigest.isEqual(digest, sha256(candidate.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
