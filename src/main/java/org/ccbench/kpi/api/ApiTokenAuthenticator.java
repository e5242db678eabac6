package org.ccbench.kpi.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.ccbench.kpi.api.internal.ApiTokenRepository;
import org.ccbench.kpi.api.internal.ApiTokenRepository.ActiveToken;
import org.ccbench.security.ApiTokenAuthentication;
import org.ccbench.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a bearer secret into the authentication of its organisation: a vendor's token acts as a vendor user, a
 * client's as a center manager (for its in-house operations). Records when the token was last used.
 */
@Component
class ApiTokenAuthenticator {

    private final ApiTokenRepository tokens;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, TransactionTemplate transaction, Clock clock) {
        this.tokens = tokens;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Empty when the secret is unknown or its token revoked. */
    Optional<ApiTokenAuthentication> authenticate(String secret) {
        if (!TokenSecrets.plausible(secret)) {
            return Optional.empty();
        }
        return transaction.execute(status -> tokens.findActive(TokenSecrets.hash(secret)).map(token -> {
            tokens.markUsed(token.id(), OffsetDateTime.now(clock));
            return authentication(token);
        }));
    }

    private static ApiTokenAuthentication authentication(ActiveToken token) {
        String auditName = "api-token:" + token.prefix() + " (" + token.name() + ")";
        SignedInUser principal = new SignedInUser(0, auditName, token.name(), token.organisationId(), token.roles(),
                Locale.ENGLISH, true, null);
        return new ApiTokenAuthentication(principal, auditName);
    }
}
