package org.ccbench.kpi.api;

import java.time.OffsetDateTime;

/** An API token as its organisation's users see it: never the secret, only its first characters. */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, String createdBy,
                       OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
