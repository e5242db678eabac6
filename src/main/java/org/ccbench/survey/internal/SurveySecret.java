package org.ccbench.survey.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's secret key, kept outside the database: it derives the invitation links (so reminders can repeat a
 * link that is stored only as a hash) and the keyed respondent hashes of anonymous responses. Taken from
 * {@code ccbench.secret-key} (base64) or a key file that is generated on first start.
 */
@Component
public class SurveySecret {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    SurveySecret(@Value("${ccbench.secret-key:}") String configured,
                 @Value("${ccbench.secret-file}") String file) {
        byte[] bytes = configured.isBlank() ? fromFile(Path.of(file)) : Base64.getDecoder().decode(configured.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("ccbench.secret-key must hold at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /** An invitation's link token: 256 bits, unguessable without the key. */
    public String invitationToken(long invitationId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("invitation:" + invitationId));
    }

    /** The same organisation gets the same key within a campaign, and nothing in the database reverses it. */
    public String respondentKey(long campaignId, long organisationId) {
        return HexFormat.of().formatHex(mac("respondent:" + campaignId + ":" + organisationId));
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the file keeps the default permissions
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }
}
