package org.ccbench.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;

/**
 * A short random reference for an unexpected failure: the log line with the stack trace carries it, the user sees
 * only a plain sentence and the reference, never a server path, SQL or an exception's text.
 */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** A new reference such as {@code ui-3f9a0c12b4de}. */
    public static String create(String prefix) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return prefix + "-" + HexFormat.of().formatHex(bytes);
    }

    /** Logs {@code failure} at error level under a new reference, with what was being done; returns the reference. */
    public static String logged(Logger log, String prefix, String doing, Throwable failure) {
        String reference = create(prefix);
        log.error("{} failed, reference {}", doing, reference, failure);
        return reference;
    }
}
