package org.ccbench.profile;

import org.ccbench.scoring.index.ScoringProfile;

/**
 * A scoring profile version as a scorecard pins it (SCORING.md §6): store {@code versionId}, show
 * "{@code profileName} v{@code versionNumber}", compute with {@code profile}.
 */
public record PinnedProfile(long versionId, long profileId, String profileName, int versionNumber,
                            ScoringProfile profile) {

    public static PinnedProfile of(ProfileVersion version) {
        return new PinnedProfile(version.id(), version.profileId(), version.profileName(), version.number(),
                version.toScoringProfile());
    }
}
