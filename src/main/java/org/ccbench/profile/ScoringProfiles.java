package org.ccbench.profile;

import java.util.List;

/**
 * Read-only access for features that score with a profile, such as contract scorecards: they pin a version by its id
 * and read it back unchanged later. Callers check first that the user may see the contract or client concerned.
 */
public interface ScoringProfiles {

    /** The current version of the portal's default profile, customer-first. */
    PinnedProfile portalDefault();

    /** The current version of a profile, to pin now. */
    PinnedProfile pinCurrent(long profileId);

    /** A pinned version, exactly as it was saved. */
    PinnedProfile pinned(long versionId);

    /**
     * The profiles a client's contracts may use: the portal-wide ones and the client's own, by name. Only the
     * administrator and the client's own users may ask.
     */
    List<ProfileSummary> choicesFor(long clientOrganisationId);
}
