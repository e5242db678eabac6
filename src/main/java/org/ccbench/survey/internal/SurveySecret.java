package org.ccbench.survey.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ccbench.base.Sha256;
import org.ccbench.base.StartupRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's secret key, kept outside the database: it derives the invitation links (so reminders can repeat a
 * link that is stored only as a hash) and the keyed respondent hashes of anonymous responses. Taken from
 * {@code ccbench.secret-key} (base64, {@code CCBENCH_SECRET_KEY}) or an existing key file; only the demo generates
 * one. Every node of an installation needs the same key: {@link SecretKeyCheck} refuses a node with another.
 */
@Component
public class SurveySecret {

    private static final String HMAC = "HmacSHA256";
    private static final String GENERATE = "Generate a key once with 'openssl rand -base64 32', give every node the same "
            + "CCBENCH_SECRET_KEY and keep it with the database backups (docs/operations.md).";

    private final SecretKeySpec key;

    SurveySecret(@Value("${ccbench.secret-key:}") String configured,
                 @Value("${ccbench.secret-file:}") String file,
                 @Value("${ccbench.demo.enabled:false}") boolean demo,
                 @Value("${ccbench.database.path:}") String databasePath) {
        byte[] bytes = configured.isBlank() ? fromFile(file, demo, databasePath) : decode(configured);
        if (bytes.length < 32) {
            throw new StartupRefusedException("The secret key holds " + bytes.length + " bytes; it needs at least 32.",
                    GENERATE);
        }
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /** A value derived from the key that reveals nothing about it, so nodes can tell whether they share it. */
    String checkValue() {
        return HexFormat.of().formatHex(mac("key-check"));
    }

    /** An invitation's link token: 256 bits, unguessable without the key. */
    public String invitationToken(long invitationId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("invitation:" + invitationId));
    }

    /** The same organisation gets the same key within a campaign, and nothing in the database reverses it. */
    public String respondentKey(long campaignId, long organisationId) {
        return HexFormat.of().formatHex(mac("respondent:" + campaignId + ":" + organisationId));
    }

    /**
     * A 256-bit key for one purpose (e.g. encrypting two-factor secrets), derived from the secret key: independent
     * of the key's other uses, and as safe as the key itself.
     */
    public byte[] derivedKey(String purpose) {
        return mac("derived-key:" + purpose);
    }

    public static String sha256(String token) {
        return Sha256.hex(token);
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new StartupRefusedException("CCBENCH_SECRET_KEY is not base64: " + e.getMessage(), GENERATE);
        }
    }

    private static synchronized byte[] fromFile(String file, boolean demo, String databasePath) {
        if (file.isBlank()) {
            Path earlier = Path.of(databasePath + ".secret-key");
            throw new StartupRefusedException("No secret key: set CCBENCH_SECRET_KEY, the same on every node.",
                    !databasePath.isBlank() && Files.exists(earlier)
                            ? "This installation generated " + earlier.toAbsolutePath() + " before: set "
                            + "CCBENCH_SECRET_FILE to that file (or its content as CCBENCH_SECRET_KEY) on every node."
                            : GENERATE);
        }
        Path path = Path.of(file);
        try {
            if (Files.exists(path)) {
                return decode(Files.readString(path));
            }
            if (!demo) {
                throw new StartupRefusedException("CCBENCH_SECRET_FILE names " + path.toAbsolutePath()
                        + ", which does not exist.", GENERATE);
            }
            return generate(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + path, e);
        }
    }

    private static byte[] generate(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the file keeps the default permissions
        }
        return bytes;
    }
}
