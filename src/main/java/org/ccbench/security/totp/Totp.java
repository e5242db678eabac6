package org.ccbench.security.totp;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 6 digits, 30-second steps
 * counted from the Unix epoch. A code is accepted for the current step and one step either side (clock drift), and
 * only for a step later than the last one accepted, so no code works twice. Framework-free; the codes themselves
 * come from the java-otp library.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** How many steps before and after the current one a code may be from. */
    static final int TOLERANCE_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator;
    private final int digits;

    public Totp() {
        this(DIGITS);
    }

    /** With another number of digits, for the RFC's 8-digit test vectors. */
    Totp(int digits) {
        this.digits = digits;
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits,
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    /** The time step an instant falls in (RFC 6238 "T"). */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of one time step, zero-padded. */
    public String code(byte[] secret, long step) {
        try {
            int value = generator.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()));
            return String.format(Locale.ROOT, "%0" + digits + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /**
     * The step whose code {@code typed} is, if it lies within the tolerance around {@code now} and after
     * {@code lastUsedStep}; empty for a wrong, replayed or malformed code. Spaces in the typed code are ignored.
     */
    public OptionalLong acceptedStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - TOLERANCE_STEPS; step <= current + TOLERANCE_STEPS; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                    code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A new random shared secret of 160 bits (the length RFC 4226 recommends). */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it when typed in: Base32 without padding. */
    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** Reads a Base32 secret, ignoring spaces and case. */
    public static byte[] fromBase32(String base32) {
        return new Base32().decode(base32.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    /** A Base32 secret in groups of four, easier to type. */
    public static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The key URI that authenticator apps read from the QR code. */
    public static String otpauthUri(String issuer, String account, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
