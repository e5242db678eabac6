package org.ccbench.security.totp;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One-time recovery codes for a lost phone: ten characters of Crockford's Base32 (50 random bits), shown as
 * {@code abcde-fghjk}. Typed codes are read without regard to case, spaces or dashes.
 */
public final class RecoveryCodes {

    static final int COUNT = 8;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
        }).toList();
    }

    /** The code as stored (hashed): lower case, without dashes and spaces; empty if it cannot be a recovery code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }
}
