package org.ccbench.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Validation;
import org.ccbench.privacy.internal.RetentionRepository;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator reads and sets a campaign's retention period, at any phase until its data has been erased. */
@Service
@PreAuthorize(Access.ADMIN)
public class RetentionService {

    static final String SUBJECT = "campaign";

    private final RetentionRepository retention;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RetentionService(RetentionRepository retention, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.retention = retention;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CampaignRetention of(long campaignId) {
        return retention.find(campaignId).orElseThrow(() -> new NotFoundOrNotAllowedException("Campaign", campaignId));
    }

    /**
     * Sets the period in whole months ({@value CampaignRetention#MIN_MONTHS} to {@value CampaignRetention#MAX_MONTHS}
     * after the close date).
     *
     * @throws org.ccbench.base.ValidationException for a period out of range, or when the data is erased already
     */
    @Transactional
    public CampaignRetention change(long campaignId, Integer months) {
        CampaignRetention current = of(campaignId);
        new Validation()
                .requireValue(months, "retentionMonths")
                .require(months == null || (months >= CampaignRetention.MIN_MONTHS
                        && months <= CampaignRetention.MAX_MONTHS), "retentionMonths", "privacy.retention.error.range")
                .require(!current.isErased(), "retentionMonths", "privacy.retention.error.erased")
                .throwIfInvalid();
        if (months != current.months()) {
            if (!retention.changeMonths(campaignId, months, OffsetDateTime.now(clock), currentUser.auditName())) {
                new Validation().require(false, "retentionMonths", "privacy.retention.error.erased").throwIfInvalid();
            }
            audit.record("RETENTION_CHANGED", SUBJECT, campaignId, current.months() + " → " + months
                    + " months after " + current.closesOn());
        }
        return of(campaignId);
    }
}
