package org.ccbench.security.totp.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ccbench.survey.internal.SurveySecret;
import org.springframework.stereotype.Component;

/**
 * Keeps two-factor secrets unreadable in the database: AES-256-GCM with a key derived from the installation's secret
 * key (which lives outside the database), each value bound to its user's id, so a dump alone reveals no secret and a
 * value copied to another user's row does not decrypt. Recovery codes are stored as keyed hashes (HMAC-SHA256).
 */
@Component
public class SecretCipher {

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(SurveySecret installationSecret) {
        this.encryptionKey = new SecretKeySpec(installationSecret.derivedKey("totp-secret"), "AES");
        this.hashKey = new SecretKeySpec(installationSecret.derivedKey("totp-recovery-code"), "HmacSHA256");
    }

    public String encrypt(long userId, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, userId);
            byte[] sealed = cipher.doFinal(secret);
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a two-factor secret", e);
        }
    }

    public byte[] decrypt(long userId, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown format of a stored two-factor secret");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), userId);
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The two-factor secret of user " + userId + " does not decrypt with this "
                    + "installation's secret key", e);
        }
    }

    /** The stored form of a recovery code: a keyed hash, so the table alone does not allow guessing codes offline. */
    public String hashRecoveryCode(long userId, String normalisedCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal((userId + ":" + normalisedCode)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, long userId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("user:" + userId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
