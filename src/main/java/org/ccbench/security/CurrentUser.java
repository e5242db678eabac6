package org.ccbench.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The user of the current request or Vaadin UI; services scope every query with it. Read through the application's
 * own security-context strategy, the one its method security reads, rather than the JVM-wide holder (which the last
 * started application sets, e.g. when tests run two nodes in one JVM).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<SignedInUser> find() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The organisation of a client-side or vendor user; administrators have none and are refused here. */
    public long requireOrganisationId() {
        Long organisationId = require().organisationId();
        if (organisationId == null) {
            throw new AccessDeniedException("This user belongs to no organisation");
        }
        return organisationId;
    }

    /** Who the audit log and the records name: the user's e-mail address, or the API token of the request. */
    public String auditName() {
        if (contexts.getContext().getAuthentication() instanceof ApiTokenAuthentication token) {
            return token.auditName();
        }
        return find().map(SignedInUser::email).orElse("system");
    }
}
