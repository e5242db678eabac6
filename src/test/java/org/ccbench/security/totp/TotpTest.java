package org.ccbench.security.totp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-time codes of RFC 6238. The vectors are RFC 6238, Appendix B (HMAC-SHA1 rows, seed "12345678901234567890",
 * T0 = 0, X = 30 s, 8 digits); a 6-digit code is the same number modulo 10^6 (RFC 4226 §5.3), so its last six digits.
 */
class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(US_ASCII);

    @ParameterizedTest
    @CsvSource(textBlock = """
            59,          94287082
            1111111109,  07081804
            1111111111,  14050471
            1234567890,  89005924
            2000000000,  69279037
            20000000000, 65353130
            """)
    void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
        Instant at = Instant.ofEpochSecond(unixSeconds);
        assertThat(new Totp(8).code(RFC_SEED, Totp.stepAt(at))).isEqualTo(expected);
        assertThat(new Totp().code(RFC_SEED, Totp.stepAt(at))).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNotTwoStepsAway() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);

        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step), now, 0)).hasValue(step);
        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step - 1), now, 0)).hasValue(step - 1);
        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step + 1), now, 0)).hasValue(step + 1);
        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step - 2), now, 0)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step + 2), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.stepAt(now);
        String code = totp.code(RFC_SEED, step);

        assertThat(totp.acceptedStep(RFC_SEED, code, now, step - 1)).hasValue(step);
        assertThat(totp.acceptedStep(RFC_SEED, code, now, step)).as("replayed").isEmpty();
        assertThat(totp.acceptedStep(RFC_SEED, totp.code(RFC_SEED, step - 1), now, step)).as("older").isEmpty();
    }

    @Test
    void readsCodesTypedWithSpacesAndRefusesAnythingElse() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.acceptedStep(RFC_SEED, "287 082", now, 0)).hasValue(1L);
        assertThat(totp.acceptedStep(RFC_SEED, "28708", now, 0)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SEED, "2870820", now, 0)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SEED, "abcdef", now, 0)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SEED, null, now, 0)).isEmpty();
    }

    @Test
    void secretsAreBase32ForAuthenticatorAppsAndRoundTrip() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        String base32 = Totp.base32(secret);
        assertThat(base32).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(Totp.grouped(base32))).isEqualTo(secret);
        assertThat(Totp.grouped("ABCDEFGHIJKLMNOP")).isEqualTo("ABCD EFGH IJKL MNOP");
    }

    @Test
    void otpauthUriNamesTheIssuerAndAccountAndCarriesTheParameters() {
        assertThat(Totp.otpauthUri("CCBench", "ann smith@x.example", "GEZDGNBVGY3TQOJQ"))
                .isEqualTo("otpauth://totp/CCBench:ann%20smith%40x.example?secret=GEZDGNBVGY3TQOJQ&issuer=CCBench"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
