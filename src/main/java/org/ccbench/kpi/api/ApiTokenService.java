package org.ccbench.kpi.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ccbench.security.Role;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.kpi.api.internal.ApiTokenRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the current user's organisation. Organisations that submit KPIs (vendors and center managers)
 * have them; every user of the organisation with that role sees and revokes all of its tokens. A token's secret is
 * returned once, at creation. Sourcing managers have no tokens yet (read-only tokens are not in scope).
 */
@Service
@Transactional
public class ApiTokenService {

    static final String SUBJECT = "api_token";
    static final int NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Access.KPI_READERS)
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.ofOrganisation(currentUser.requireOrganisationId());
    }

    /** Creates a token for the organisation; the result holds the secret, which is never shown again. */
    @PreAuthorize(Access.KPI_READERS)
    public NewApiToken create(String name) {
        String label = name == null ? null : name.strip();
        new Validation().requireText(label, "name")
                .require(label == null || label.length() <= NAME_LENGTH, "name", "apiTokens.error.nameTooLong")
                .throwIfInvalid();
        long organisationId = currentUser.requireOrganisationId();
        String secret = TokenSecrets.generate();
        String prefix = TokenSecrets.shownPrefix(secret);
        long id = tokens.insert(organisationId, label, prefix, TokenSecrets.hash(secret), tokenRoles(), now(),
                currentUser.auditName());
        audit.record("API_TOKEN_CREATED", SUBJECT, id, prefix + " (" + label + ")");
        return new NewApiToken(tokens.find(organisationId, id).orElseThrow(), secret);
    }

    /** The creator's roles that a token may carry: a token never reads or writes more than its creator. */
    private Set<Role> tokenRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : List.of(Role.VENDOR, Role.CENTER_MANAGER, Role.SOURCING_MANAGER)) {
            if (currentUser.require().hasRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Revokes one of the organisation's tokens at once; revoking it again changes nothing. */
    @PreAuthorize(Access.KPI_READERS)
    public ApiToken revoke(long id) {
        long organisationId = currentUser.requireOrganisationId();
        ApiToken token = tokens.find(organisationId, id)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("API token", id));
        if (tokens.revoke(token.id(), now(), currentUser.auditName())) {
            audit.record("API_TOKEN_REVOKED", SUBJECT, id, token.prefix() + " (" + token.name() + ")");
        }
        return tokens.find(organisationId, id).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
