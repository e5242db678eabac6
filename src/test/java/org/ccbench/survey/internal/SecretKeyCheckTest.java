package org.ccbench.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.ccbench.base.StartupRefusedException;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The database remembers which key it was set up with: a node with another key does not start. */
@ServiceIntegrationTest
class SecretKeyCheckTest {

    @Autowired
    SurveySecret secret;

    @Autowired
    SecretKeyCheckRepository checks;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theFirstNodeStoredItsCheckValueAndANodeWithTheSameKeyStarts() {
        assertThat(checks.stored()).contains(secret.checkValue());
        assertThatNoException().isThrownBy(() -> new SecretKeyCheck(secret, checks, transaction).run(null));
    }

    @Test
    void aNodeWithAnotherKeyRefusesToStart() {
        byte[] other = new byte[32];
        other[0] = 1;
        SurveySecret otherKey = new SurveySecret(Base64.getEncoder().encodeToString(other), "", false, "");

        assertThatThrownBy(() -> new SecretKeyCheck(otherKey, checks, transaction).run(null))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("This node's secret key differs from the one this database was set up with.");
        assertThat(checks.stored()).contains(secret.checkValue());
    }
}
