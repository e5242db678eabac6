package org.ccbench.profile;

import java.time.OffsetDateTime;

/** A line of a profile's version history. */
public record VersionSummary(long id, int number, String reason, OffsetDateTime createdAt, String createdBy) {
}
