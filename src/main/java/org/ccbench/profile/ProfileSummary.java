package org.ccbench.profile;

import java.time.OffsetDateTime;

/**
 * A scoring profile with its current version: who owns it (no client: portal-wide), and who made that version when.
 */
public record ProfileSummary(long id, String name, Long clientOrganisationId, String clientName, int currentVersion,
                             long currentVersionId, OffsetDateTime changedAt, String changedBy) {

    public boolean portalWide() {
        return clientOrganisationId == null;
    }
}
