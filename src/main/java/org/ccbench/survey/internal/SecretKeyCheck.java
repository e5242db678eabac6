package org.ccbench.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.ccbench.base.StartupRefusedException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first node stores a check value of its secret key; a node whose key gives another value refuses to start,
 * before it mails a link that no other node opens or counts an anonymous organisation under a second key. Runs
 * under the start-up lock, so two first nodes never both store theirs.
 */
@Component
@Order(1)
class SecretKeyCheck implements ApplicationRunner {

    private final SurveySecret secret;
    private final SecretKeyCheckRepository checks;
    private final TransactionTemplate transaction;

    SecretKeyCheck(SurveySecret secret, SecretKeyCheckRepository checks, TransactionTemplate transaction) {
        this.secret = secret;
        this.checks = checks;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        String mine = secret.checkValue();
        transaction.executeWithoutResult(status -> checks.stored().ifPresentOrElse(stored -> {
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    mine.getBytes(StandardCharsets.US_ASCII))) {
                throw new StartupRefusedException("This node's secret key differs from the one this database was "
                        + "set up with.", "Give every node the installation's CCBENCH_SECRET_KEY (from the other "
                        + "nodes or the backup of the key); with another key, survey links and anonymous respondent "
                        + "keys no longer match.");
            }
        }, () -> checks.store(mine)));
    }
}
