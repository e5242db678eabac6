package org.ccbench.organisation.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccbench.organisation.UserAccountData;
import org.ccbench.security.Role;
import org.ccbench.security.login.PasswordRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a new installation (no users yet) creates the first administrator from {@code CCBENCH_ADMIN_EMAIL} and
 * {@code CCBENCH_ADMIN_PASSWORD}, so no account with a known password ever ships.
 */
@Component
@Order(20)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);
    private static final String NAME = "Administrator";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String email;
    private final String password;

    FirstAdminInitializer(UserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                          @Value("${ccbench.first-admin.email:}") String email,
                          @Value("${ccbench.first-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.countUsers() > 0) {
            return;
        }
        if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            log.warn("No users yet. Set CCBENCH_ADMIN_EMAIL (an e-mail address) and CCBENCH_ADMIN_PASSWORD "
                    + "(12+ characters, at most 72 bytes) and restart to create the first administrator.");
            return;
        }
        Optional<PasswordRules.Problem> problem = PasswordRules.standard().firstProblem(password, email, NAME);
        if (problem.isPresent()) {
            log.warn("No users yet, and CCBENCH_ADMIN_PASSWORD is refused: {}. Choose a password of 12 or more "
                    + "characters and at most 72 bytes (UTF-8), with at least 5 different characters, no character 5 "
                    + "times in a row, not containing the e-mail address or name, and not a common password; then "
                    + "restart to create the first administrator.", problem.get().description());
            return;
        }
        transaction.executeWithoutResult(status -> users.insert(
                new UserAccountData(email.strip(), NAME, null, Set.of(Role.ADMIN), Locale.ENGLISH),
                passwordEncoder.encode(password), "system"));
        log.info("Created the first administrator {}", email);
    }
}
