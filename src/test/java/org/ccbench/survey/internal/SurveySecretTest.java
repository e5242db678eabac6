package org.ccbench.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.ccbench.base.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside the demo a node starts only with a configured key, so every node of an installation has the same. */
class SurveySecretTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void aConfiguredKeyGivesTheSameLinksOnEveryNode() {
        SurveySecret one = new SurveySecret(KEY, "", false, "");
        SurveySecret two = new SurveySecret(KEY, "", false, "");
        assertThat(one.invitationToken(7)).isEqualTo(two.invitationToken(7)).hasSize(43);
        assertThat(one.respondentKey(1, 2)).isEqualTo(two.respondentKey(1, 2));
        assertThat(one.checkValue()).isEqualTo(two.checkValue()).doesNotContain(KEY);
    }

    @Test
    void withoutAKeyANodeOutsideTheDemoRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new SurveySecret("", "", false, dir.resolve("ccbench").toString()))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("No secret key: set CCBENCH_SECRET_KEY, the same on every node.")
                .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains("openssl rand -base64 32"));
        assertThat(dir.resolve("ccbench.secret-key")).doesNotExist();
    }

    @Test
    void aKeyFileAnEarlierVersionGeneratedIsNamedInTheRefusal() throws Exception {
        Files.writeString(dir.resolve("ccbench.secret-key"), KEY);
        assertThatThrownBy(() -> new SurveySecret("", "", false, dir.resolve("ccbench").toString()))
                .isInstanceOf(StartupRefusedException.class)
                .satisfies(e -> assertThat(((StartupRefusedException) e).action())
                        .contains(dir.resolve("ccbench.secret-key").toAbsolutePath().toString())
                        .contains("CCBENCH_SECRET_FILE"));
    }

    @Test
    void aConfiguredKeyFileIsReadButNeverCreatedOutsideTheDemo() throws Exception {
        Path file = dir.resolve("shared.key");
        assertThatThrownBy(() -> new SurveySecret("", file.toString(), false, ""))
                .isInstanceOf(StartupRefusedException.class).hasMessageContaining("does not exist");
        Files.writeString(file, KEY + "\n");
        assertThat(new SurveySecret("", file.toString(), false, "").checkValue())
                .isEqualTo(new SurveySecret(KEY, "", false, "").checkValue());
    }

    @Test
    void theDemoGeneratesItsKeyOnceAndKeepsIt() {
        Path file = dir.resolve("ccbench-demo.secret-key");
        String first = new SurveySecret("", file.toString(), true, "").checkValue();
        assertThat(file).exists();
        assertThat(new SurveySecret("", file.toString(), true, "").checkValue()).isEqualTo(first);
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithItsReason() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new SurveySecret(shortKey, "", false, ""))
                .isInstanceOf(StartupRefusedException.class).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new SurveySecret("not base64!", "", false, ""))
                .isInstanceOf(StartupRefusedException.class).hasMessageContaining("not base64");
    }
}
