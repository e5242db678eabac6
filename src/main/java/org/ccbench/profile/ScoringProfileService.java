package org.ccbench.profile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.base.Validation;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.profile.internal.ScoringProfileRepository;
import org.ccbench.scoring.index.ScoringProfile;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned scoring profiles (SCORING.md §3, §6). The administrator creates profiles and saves new versions; a saved
 * version is never changed or deleted, so whatever pinned it reads the same weights later. Every user who sees
 * results may read a profile.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN)
public class ScoringProfileService implements ScoringProfiles {

    /** The portal's default profile, created by the V0015 migration. */
    public static final String DEFAULT_NAME = "customer-first";
    static final String SUBJECT = "scoring_profile";
    static final int NAME_LENGTH = 100;

    private final ScoringProfileRepository profiles;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScoringProfileService(ScoringProfileRepository profiles, OrganisationService organisations, AuditLog audit,
                          CurrentUser currentUser, Clock clock) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every profile with its current version, portal-wide ones first. */
    @Transactional(readOnly = true)
    public List<ProfileSummary> list() {
        return profiles.all();
    }

    /** A profile's versions, the newest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> history(long profileId) {
        requireProfile(profileId);
        return profiles.history(profileId);
    }

    /** A version with its KPI lines. */
    @Transactional(readOnly = true)
    public ProfileVersion details(long versionId) {
        return requireVersion(versionId);
    }

    /** The client organisations a profile can belong to. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> clients() {
        return organisations.listRefs(OrganisationKind.CLIENT);
    }

    /** The current version of a profile as the scoring core uses it. */
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public ScoringProfile current(long profileId) {
        return requireCurrent(profileId).toScoringProfile();
    }

    /** One version as the scoring core uses it. */
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public ScoringProfile version(long versionId) {
        return requireVersion(versionId).toScoringProfile();
    }

    /** A new profile whose version 1 copies the current version of the default profile. */
    public ProfileSummary create(String name, Long clientOrganisationId) {
        String trimmed = name == null ? null : name.strip();
        Validation validation = new Validation().requireText(trimmed, "name");
        if (!validation.hasErrorFor("name")) {
            validation.require(trimmed.length() <= NAME_LENGTH, "name", "profile.error.nameTooLong")
                    .require(!profiles.nameTaken(trimmed), "name", "validation.duplicateName");
        }
        validation.require(clientOrganisationId == null || clients().stream()
                .anyMatch(client -> client.id() == clientOrganisationId), "client", "profile.error.client");
        validation.throwIfInvalid();
        ProfileVersion template = requireCurrent(defaultProfileId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = profiles.insertProfile(trimmed, clientOrganisationId, now, by());
        String reason = "Copy of " + template.profileName() + " version " + template.number();
        profiles.insertVersion(id, 1, template.alpha(), template.minWeightCoverage(), reason, template.lines(), now,
                by());
        audit.record("SCORING_PROFILE_CREATED", SUBJECT, id, trimmed + (clientOrganisationId == null
                ? " (portal-wide)" : " (client " + clientOrganisationId + ")") + ": " + reason);
        return requireProfile(id);
    }

    /**
     * Saves version {@code expectedCurrentVersion + 1} of a profile; the versions before it stay as they are.
     *
     * @throws org.ccbench.base.ValidationException with the field errors of {@link ProfileRules}
     * @throws StaleDataException when someone saved another version since {@code expectedCurrentVersion} was read
     */
    public ProfileVersion saveNewVersion(long profileId, List<ProfileLine> lines, BigDecimal alpha,
                                         BigDecimal minWeightCoverage, String reason, int expectedCurrentVersion) {
        requireProfile(profileId);
        List<ProfileLine> kept = List.copyOf(lines);
        ProfileRules.check(kept, alpha, minWeightCoverage, reason).throwIfInvalid();
        if (!profiles.advance(profileId, expectedCurrentVersion)) {
            throw new StaleDataException("Scoring profile", profileId);
        }
        int number = expectedCurrentVersion + 1;
        String why = reason.strip();
        long versionId = profiles.insertVersion(profileId, number, alpha, minWeightCoverage, why, kept,
                OffsetDateTime.now(clock), by());
        audit.record("SCORING_PROFILE_VERSION_SAVED", SUBJECT, profileId, "version " + number + ": " + why);
        return requireVersion(versionId);
    }

    @Override
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public PinnedProfile portalDefault() {
        return PinnedProfile.of(requireCurrent(defaultProfileId()));
    }

    @Override
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public PinnedProfile pinCurrent(long profileId) {
        return PinnedProfile.of(requireCurrent(profileId));
    }

    @Override
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public PinnedProfile pinned(long versionId) {
        return PinnedProfile.of(requireVersion(versionId));
    }

    @Override
    @PreAuthorize(Access.RESULT_READERS)
    @Transactional(readOnly = true)
    public List<ProfileSummary> choicesFor(long clientOrganisationId) {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !Long.valueOf(clientOrganisationId).equals(user.organisationId())) {
            throw new NotFoundOrNotAllowedException("Client organisation", clientOrganisationId);
        }
        return profiles.availableTo(clientOrganisationId);
    }

    private long defaultProfileId() {
        return profiles.idByName(DEFAULT_NAME)
                .orElseThrow(() -> new IllegalStateException("the default scoring profile is missing"));
    }

    private ProfileSummary requireProfile(long profileId) {
        return profiles.summary(profileId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Scoring profile", profileId));
    }

    private ProfileVersion requireCurrent(long profileId) {
        return profiles.currentVersion(profileId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Scoring profile", profileId));
    }

    private ProfileVersion requireVersion(long versionId) {
        return profiles.version(versionId)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Scoring profile version", versionId));
    }

    private String by() {
        return currentUser.auditName();
    }
}
